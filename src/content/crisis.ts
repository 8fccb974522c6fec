import type { Bilingual } from '../i18n/lang.js';

/**
 * Crisis and help resources, US only (DESIGN §3.3). Numbers are shown as digits and as `tel:` or
 * `sms:` links. Sources: 988lifeline.org; SAMHSA National Helpline (samhsa.gov/find-help/helplines);
 * CDC overdose signs (cdc.gov/stop-overdose).
 */
export interface HelpLine {
  /** Digits as shown. */
  number: string;
  href: string;
}

export const EMERGENCY: HelpLine = { number: '911', href: 'tel:911' };
export const CRISIS_CALL: HelpLine = { number: '988', href: 'tel:988' };
export const CRISIS_TEXT: HelpLine = { number: '988', href: 'sms:988' };
export const CRISIS_CHAT = { label: '988lifeline.org', href: 'https://988lifeline.org/chat/' };
export const SAMHSA_HELPLINE: HelpLine = { number: '1-800-662-4357', href: 'tel:+18006624357' };
export const SAMHSA_TTY: HelpLine = { number: '1-800-487-4889', href: 'tel:+18004874889' };
export const FIND_TREATMENT = { label: 'FindTreatment.gov', href: 'https://findtreatment.gov/' };

/** The names of the lines, as their operators use them in each language. */
export const HELP_NAMES: Record<'crisisLine' | 'samhsa', Bilingual> = {
  crisisLine: {
    en: '988 Suicide & Crisis Lifeline',
    es: 'Línea 988 de Prevención del Suicidio y Crisis',
  },
  samhsa: {
    en: 'SAMHSA National Helpline',
    es: 'Línea Nacional de Ayuda de SAMHSA',
  },
};

/** Overdose signs and what to do (CDC), for the crisis and youth screens. */
export const OVERDOSE_SIGNS: readonly Bilingual[] = [
  { en: "Can't be woken up", es: 'Pérdida del conocimiento o incapacidad para despertarse' },
  {
    en: 'Slow or stopped breathing',
    es: 'Respiración lenta o superficial, o dificultad para respirar',
  },
  {
    en: 'Blue or gray lips or fingertips',
    es: 'Cambios en el color de la piel (especialmente en las uñas o los labios)',
  },
  { en: 'Gurgling or snoring sounds', es: 'Sonidos de gorgoteo o ronquidos' },
  { en: 'Pinpoint pupils', es: 'Pupilas muy pequeñas, como de "punta de alfiler"' },
];

export const OVERDOSE_ACTIONS: readonly Bilingual[] = [
  { en: 'Call 911.', es: 'Llame al 911.' },
  { en: 'Give naloxone if you have it.', es: 'Administre naloxona si la tiene.' },
  { en: 'Stay with the person.', es: 'Quédese con la persona.' },
];
