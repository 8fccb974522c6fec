import type { Bilingual } from '../i18n/lang.js';
import { RUNG_NAMES } from './levels.js';
import { PROGRAM_INFO } from './programs.js';

/**
 * What each rung of the ladder involves (DESIGN §3.2), in our own plain words; Spanish follows
 * shared/GLOSSARY-es.md. Rung codes and names live in levels.ts. Where a rung is one of the
 * programs the compare table shows (early intervention, outpatient, IOP, partial hospitalization,
 * residential), the facts it shares with that column (hours, who it fits, PHP's setting and
 * services) are read from programs.ts, so each fact is written once.
 *
 * Sources: ASAM Criteria 3rd ed. (2013), levels of care as quoted by payers and state rules
 * (hours, setting, staffing); SAMHSA Advisory "Clinical Issues in Intensive Outpatient Treatment for
 * Substance Use Disorders" (2021) for outpatient and IOP hours; the seed article for who outpatient
 * and IOP suit. Partial hospitalization: our sources say nothing about who it suits, so "Ask the
 * clinic" is shown. Edition 4 (2023): our sources publish only the level names and where withdrawal
 * management sits, so no hours or staffing are shown for it.
 */
export interface RungDetails {
  /** Hours a week, or that the person lives there (DESIGN §3.1 hours column). */
  weeklyHours: Bilingual;
  /** Whether the person lives at home during this level. */
  livesAtHome: Bilingual;
  staffing: Bilingual;
  /** Who it is for; null when our sources do not say ("Ask the clinic"). */
  bestFor: Bilingual | null;
}

/** Edition 3 rung details, by code (DESIGN §3.1 hours column, §3.2 table). */
export const RUNG_DETAILS: Record<string, RungDetails> = {
  '0.5': {
    weeklyHours: PROGRAM_INFO.early.hours,
    livesAtHome: { en: 'Yes', es: 'Sí' },
    staffing: { en: 'Counselors, educators', es: 'Consejería y educación' },
    bestFor: {
      en: 'People at risk, or without a diagnosable disorder yet (e.g. education after a DUI)',
      es: 'Personas en riesgo o aún sin un trastorno diagnosticable (p. ej., educación tras un DUI)',
    },
  },
  '1': {
    weeklyHours: PROGRAM_INFO.outpatient.hours,
    livesAtHome: { en: 'Yes', es: 'Sí' },
    staffing: {
      en: 'Clinicians; medical and psychiatric care by referral',
      es: 'Profesionales clínicos; atención médica y psiquiátrica por remisión',
    },
    bestFor: PROGRAM_INFO.outpatient['best-for'],
  },
  '2.1': {
    weeklyHours: PROGRAM_INFO.iop.hours,
    livesAtHome: { en: 'Yes', es: 'Sí' },
    staffing: {
      en: 'Clinicians; medical and psychiatric care by consultation and referral',
      es: 'Profesionales clínicos; atención médica y psiquiátrica por consulta y remisión',
    },
    bestFor: PROGRAM_INFO.iop['best-for'],
  },
  '2.5': {
    weeklyHours: PROGRAM_INFO.php.hours,
    livesAtHome: PROGRAM_INFO.php.setting,
    staffing: PROGRAM_INFO.php.services[1],
    bestFor: PROGRAM_INFO.php['best-for'],
  },
  '3.1': {
    weeklyHours: PROGRAM_INFO.residential.hours,
    livesAtHome: { en: 'No (e.g. transitional housing)', es: 'No (p. ej., vivienda de transición)' },
    staffing: { en: 'Non-physician clinicians', es: 'Profesionales clínicos no médicos' },
    bestFor: {
      en: 'Recovery skills and a return to daily life',
      es: 'Habilidades para la recuperación y volver a la vida diaria',
    },
  },
  '3.5': {
    weeklyHours: { en: 'Lives there, 24-hour structure', es: 'Vive allí, estructura las 24 horas' },
    livesAtHome: { en: 'No', es: 'No' },
    staffing: { en: 'Non-physician clinicians, 24 hours', es: 'Profesionales clínicos no médicos, las 24 horas' },
    bestFor: {
      en: 'Serious risks in daily life or surroundings, without an acute medical need',
      es: 'Riesgos serios en la vida diaria o el entorno, sin una necesidad médica aguda',
    },
  },
  '3.7': {
    weeklyHours: { en: 'Lives there, 24 hours', es: 'Vive allí, las 24 horas' },
    livesAtHome: { en: 'No', es: 'No' },
    staffing: { en: 'Physician oversight; nursing usually 24/7', es: 'Supervisión médica; enfermería, por lo general, 24/7' },
    bestFor: {
      en: 'Medical, psychiatric or withdrawal needs that need 24-hour monitoring, not a hospital',
      es: 'Necesidades médicas, psiquiátricas o por síntomas de abstinencia que requieren supervisión las 24 horas, no un hospital',
    },
  },
  '4': {
    weeklyHours: { en: 'Lives there, 24 hours', es: 'Vive allí, las 24 horas' },
    livesAtHome: { en: 'No (acute hospital)', es: 'No (hospital de cuidados agudos)' },
    staffing: { en: '24-hour nursing, daily physician care', es: 'Enfermería las 24 horas, atención médica diaria' },
    bestFor: {
      en: 'Severe withdrawal; unstable medical or psychiatric conditions',
      es: 'Síntomas de abstinencia graves; problemas médicos o psiquiátricos inestables',
    },
  },
};

/**
 * The five broad levels of the seed article that group the edition 3 rungs, by intensity. Broad
 * level `i` holds the rungs whose code starts with `i` (0.5; 1; 2.1 and 2.5; 3.1 to 3.7; 4).
 */
export const BROAD_LEVELS: readonly Bilingual[] = [
  PROGRAM_INFO.early.name,
  PROGRAM_INFO.outpatient.name,
  { en: 'Intensive outpatient and partial hospitalization', es: 'Programa ambulatorio intensivo y hospitalización parcial' },
  { en: 'Residential and inpatient', es: 'Tratamiento residencial y hospitalario' },
  RUNG_NAMES[3]['4'],
];

/** Edition 4: withdrawal management is part of the .7 levels and level 4 (DESIGN §3.2). */
export const WITHDRAWAL_NOTE: Bilingual = {
  en: 'Withdrawal management is part of this level.',
  es: 'El manejo de la abstinencia forma parte de este nivel.',
};

/** How people move between levels (DESIGN §3.2). */
export const MOVING_BETWEEN: Bilingual = {
  en: 'People step up when symptoms, withdrawal or risks need more support or progress stalls, and step down as they stabilize and build coping skills and supports. The treatment team decides with them.',
  es: 'Se sube de nivel cuando los síntomas, incluidos los de abstinencia, o los riesgos lo requieren o no hay avances, y se baja al estabilizarse y ganar habilidades y apoyos. El equipo de tratamiento lo decide con la persona.',
};
