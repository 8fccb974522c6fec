import type { Bilingual } from '../i18n/lang.js';

/**
 * The levels of care, by ASAM Criteria edition (DESIGN §1.1, §3.2). Names are our plain-language
 * wording; Spanish follows shared/GLOSSARY-es.md. Source: ASAM Criteria 3rd ed. (2013) and the
 * 2023 4th edition level set.
 */
export type Edition = 3 | 4;

export const RUNG_CODES: Record<Edition, readonly string[]> = {
  3: ['0.5', '1', '2.1', '2.5', '3.1', '3.5', '3.7', '4'],
  4: ['1.0', '1.5', '1.7', '2.1', '2.5', '2.7', '3.1', '3.5', '3.7', '4'],
};

/** Rungs both editions name alike. */
const IOP: Bilingual = { en: 'Intensive outpatient', es: 'Programa ambulatorio intensivo' };
const LOW_RESIDENTIAL: Bilingual = {
  en: 'Clinically managed low-intensity residential',
  es: 'Tratamiento residencial de baja intensidad con manejo clínico',
};
const HIGH_RESIDENTIAL: Bilingual = {
  en: 'Clinically managed high-intensity residential',
  es: 'Tratamiento residencial de alta intensidad con manejo clínico',
};

export const RUNG_NAMES: Record<Edition, Record<string, Bilingual>> = {
  3: {
    '0.5': { en: 'Early intervention', es: 'Intervención temprana' },
    '1': { en: 'Outpatient', es: 'Tratamiento ambulatorio' },
    '2.1': IOP,
    '2.5': { en: 'Partial hospitalization', es: 'Hospitalización parcial' },
    '3.1': LOW_RESIDENTIAL,
    '3.5': HIGH_RESIDENTIAL,
    '3.7': {
      en: 'Medically monitored intensive inpatient',
      es: 'Tratamiento hospitalario intensivo con supervisión médica',
    },
    '4': {
      en: 'Medically managed intensive inpatient',
      es: 'Tratamiento hospitalario intensivo con manejo médico',
    },
  },
  4: {
    '1.0': { en: 'Long-term remission monitoring', es: 'Seguimiento de la remisión a largo plazo' },
    '1.5': { en: 'Outpatient therapy', es: 'Terapia ambulatoria' },
    '1.7': { en: 'Medically managed outpatient', es: 'Tratamiento ambulatorio con manejo médico' },
    '2.1': IOP,
    '2.5': {
      en: 'High-intensity outpatient (formerly partial hospitalization)',
      es: 'Tratamiento ambulatorio de alta intensidad (antes hospitalización parcial)',
    },
    '2.7': {
      en: 'Medically managed intensive outpatient',
      es: 'Tratamiento ambulatorio intensivo con manejo médico',
    },
    '3.1': LOW_RESIDENTIAL,
    '3.5': HIGH_RESIDENTIAL,
    '3.7': { en: 'Medically managed residential', es: 'Tratamiento residencial con manejo médico' },
    '4': { en: 'Medically managed inpatient', es: 'Tratamiento hospitalario con manejo médico' },
  },
};

/** The program names a clinic may write instead of codes, in order of intensity. */
export const PROGRAMS = ['early', 'outpatient', 'iop', 'php', 'residential', 'inpatient'] as const;
export type Program = (typeof PROGRAMS)[number];

/** Which rungs each program name stands for (DESIGN §1.1). */
export const PROGRAM_CODES: Record<Edition, Record<Program, readonly string[]>> = {
  3: {
    early: ['0.5'],
    outpatient: ['1'],
    iop: ['2.1'],
    php: ['2.5'],
    residential: ['3.1', '3.5'],
    inpatient: ['3.7', '4'],
  },
  4: {
    early: ['0.5'],
    outpatient: ['1.5'],
    iop: ['2.1'],
    php: ['2.5'],
    residential: ['3.1', '3.5'],
    inpatient: ['3.7', '4'],
  },
};
