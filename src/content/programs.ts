import type { Bilingual } from '../i18n/lang.js';
import type { Program } from './levels.js';

/**
 * What `<carepath-compare>` shows by default for each program (DESIGN §3.1); every value can be
 * overridden by the clinic (content/overrides.ts). A row left out (or `null`) means our sources give
 * nothing: the table says "Ask the clinic" rather than guess. Spanish follows shared/GLOSSARY-es.md.
 *
 * Sources:
 * - Hours, sessions, length, setting and services: ASAM Criteria, 3rd edition (2013), as quoted by
 *   payers and state rules; SAMHSA Advisory "Clinical Issues in Intensive Outpatient Treatment for
 *   Substance Use Disorders" (2021); via the seed article (DESIGN §3.1).
 * - Who outpatient and IOP suit: the seed article (DESIGN §3.1); for the other programs our
 *   sources say nothing in §3.1, so "Ask the clinic" (the ladder describes each rung, §3.2).
 * - Evidence: McCarty et al., "Substance Abuse Intensive Outpatient Programs: Assessing the
 *   Evidence", Psychiatric Services 2014;65(6):718-726 (a SAMHSA-commissioned review).
 */

/** The rows of the table, in their default order (DESIGN §1.3). */
export const ROWS = ['hours', 'sessions', 'duration', 'setting', 'services', 'best-for', 'insurance', 'virtual'] as const;
export type Row = (typeof ROWS)[number];

/**
 * Adult weekly hours for the picture, on the 0–40 h scale: `[min, max]` (max `Infinity` when
 * open-ended), `'lives'` for a 24-hour stay, or `null` when there is nothing to draw.
 */
export type WeeklyHours = readonly [number, number] | 'lives' | null;

/** One program's column; a row left out, or `null`, where our sources give nothing ("Ask the clinic"). */
export interface ProgramInfo {
  /** Column name in edition 3 (edition 4 uses the 2023 rung names of levels.ts). */
  name: Bilingual;
  weekly: WeeklyHours;
  hours: Bilingual;
  sessions?: Bilingual;
  duration?: Bilingual;
  setting: Bilingual;
  services: readonly Bilingual[];
  'best-for': Bilingual | null;
  insurance: Bilingual;
  virtual?: Bilingual;
}

/** The insurance row, the same for every column until the clinic names its insurers (DESIGN §3.1). */
const insurance: Bilingual = {
  en: 'Many plans cover it, often with a referral; check with your plan.',
  es: 'Muchos planes de salud lo cubren, a menudo con una remisión; consulte con su plan.',
};

const atHome: Bilingual = { en: 'Lives at home', es: 'Vive en su casa' };
const livesThere: Bilingual = { en: 'Lives at the facility', es: 'Vive en el centro' };
const byVideo: Bilingual = { en: 'Often offered by video', es: 'A menudo se ofrece por video' };
const inPerson: Bilingual = { en: 'In person', es: 'En persona' };

export const PROGRAM_INFO: Record<Program, ProgramInfo> = {
  early: {
    name: { en: 'Early intervention', es: 'Intervención temprana' },
    weekly: null,
    hours: { en: 'Brief', es: 'Breve' },
    duration: { en: 'Short', es: 'Corta' },
    setting: atHome,
    services: [
      { en: 'Assessment', es: 'Evaluación' },
      { en: 'Education', es: 'Educación' },
    ],
    'best-for': null,
    insurance,
  },
  outpatient: {
    name: { en: 'Outpatient', es: 'Tratamiento ambulatorio' },
    weekly: [0, 9],
    hours: {
      en: 'Under 9 hours a week (adolescents: under 6)',
      es: 'Menos de 9 horas semanales (adolescentes: menos de 6)',
    },
    sessions: {
      en: 'Usually 1–2 a week, day or evening',
      es: 'Por lo general, 1 o 2 por semana, de día o de noche',
    },
    duration: {
      en: 'Several weeks to 3 months, often longer, tapering off',
      es: 'De varias semanas a 3 meses, a menudo más, cada vez más espaciado',
    },
    setting: atHome,
    services: [
      { en: 'Individual counseling', es: 'Consejería individual' },
      { en: 'Group therapy', es: 'Terapia de grupo' },
      { en: 'Family therapy', es: 'Terapia familiar' },
      { en: 'Education sessions', es: 'Sesiones educativas' },
    ],
    'best-for': {
      en: 'People who finished inpatient care, an IOP or a PHP, with coping skills and support',
      es: 'Personas que terminaron un tratamiento hospitalario, un IOP o un PHP, con habilidades para afrontar dificultades y apoyo',
    },
    insurance,
    virtual: byVideo,
  },
  iop: {
    name: { en: 'Intensive outpatient (IOP)', es: 'Programa ambulatorio intensivo (IOP)' },
    weekly: [9, 19],
    hours: {
      en: '9–19 hours a week (adolescents: 6–19)',
      es: 'De 9 a 19 horas semanales (adolescentes: de 6 a 19)',
    },
    sessions: { en: 'Over 3–5 days a week', es: 'En 3 a 5 días por semana' },
    duration: { en: 'Several weeks to 3 months', es: 'De varias semanas a 3 meses' },
    setting: atHome,
    services: [
      {
        en: 'Individual, group, family and behavioral therapy',
        es: 'Terapia individual, de grupo, familiar y conductual',
      },
      { en: 'Medication management', es: 'Seguimiento de los medicamentos' },
      { en: 'Monitoring and evaluation', es: 'Monitoreo y evaluación' },
      { en: 'Alcohol and drug testing', es: 'Pruebas de detección de drogas y alcohol' },
      { en: 'Peer support meetings', es: 'Grupos de apoyo mutuo' },
      {
        en: 'Sometimes job training and housing help',
        es: 'A veces, capacitación laboral y ayuda con la vivienda',
      },
    ],
    'best-for': {
      en: 'A first treatment; a step down after inpatient or residential care; more support after a return to use',
      es: 'Un primer tratamiento; un paso a menos intensidad tras un tratamiento hospitalario o residencial; más apoyo tras volver a consumir',
    },
    insurance,
    virtual: byVideo,
  },
  php: {
    name: { en: 'Partial hospitalization (PHP)', es: 'Hospitalización parcial (PHP)' },
    weekly: [20, Infinity],
    hours: { en: '20 or more hours a week', es: '20 horas semanales o más' },
    setting: {
      en: 'Treatment by day, nights at home',
      es: 'Tratamiento durante el día; duerme en su casa',
    },
    services: [
      {
        en: 'Clinically intensive daytime programming',
        es: 'Programa clínico intensivo durante el día',
      },
      {
        en: 'Direct access to psychiatric, medical and lab services',
        es: 'Acceso directo a servicios psiquiátricos, médicos y de laboratorio',
      },
    ],
    'best-for': null,
    insurance,
  },
  residential: {
    name: { en: 'Residential', es: 'Tratamiento residencial' },
    weekly: 'lives',
    hours: {
      en: 'Lives there, 24-hour structure (3.1: at least 5 clinical hours)',
      es: 'Vive allí, estructura las 24 horas (3.1: al menos 5 horas clínicas)',
    },
    setting: livesThere,
    services: [
      { en: 'Therapy', es: 'Terapia' },
      { en: 'Recovery skills', es: 'Habilidades para la recuperación' },
      { en: 'Relapse prevention', es: 'Prevención de recaídas' },
    ],
    'best-for': null,
    insurance,
    virtual: inPerson,
  },
  inpatient: {
    name: { en: 'Inpatient', es: 'Tratamiento hospitalario' },
    weekly: 'lives',
    hours: {
      en: 'Lives there, 24-hour nursing, physician-directed',
      es: 'Vive allí, enfermería las 24 horas, bajo dirección médica',
    },
    duration: { en: 'Until stable', es: 'Hasta estabilizarse' },
    setting: livesThere,
    services: [
      { en: 'Withdrawal management', es: 'Manejo de la abstinencia' },
      {
        en: '24-hour care for medical or psychiatric conditions',
        es: 'Atención las 24 horas para problemas médicos o psiquiátricos',
      },
    ],
    'best-for': null,
    insurance,
    virtual: inPerson,
  },
};

/** The evidence note under the table when an IOP column is shown (McCarty et al. 2014). Never "better". */
export const EVIDENCE: Bilingual = {
  en: 'A review for SAMHSA (McCarty et al., 2014) rated the evidence for IOPs high: for most people who do not need medical withdrawal management or 24-hour supervision, outcomes were comparable to residential or inpatient care.',
  es: 'Una revisión para SAMHSA (McCarty et al., 2014) calificó de alta la evidencia sobre los IOP: para la mayoría de quienes no necesitan manejo médico de la abstinencia ni supervisión las 24 horas, los resultados fueron comparables a los del tratamiento residencial u hospitalario.',
};
