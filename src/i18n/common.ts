import type { Lang } from './lang.js';

/**
 * Strings every element shares. Element-specific strings live beside them in this folder
 * (compare.ts, ladder.ts, screener.ts). `{clinic}` marks where the clinic's name goes.
 */
const en = {
  offeredHere: 'Offered here',
  notOfferedHere: 'Not offered here',
  ourProgram: 'Our program',
  suggestedStart: 'Suggested starting point',
  askTheClinic: 'Ask the clinic',
  detailsAskClinic: 'Details: ask the clinic',
  level: 'Level',
  basedOnAsam: 'Based on the ASAM Criteria',
  usOnly: 'Phone lines are for the United States.',
  crisisLead: 'In crisis? Call or text',
  emergencyLead: 'Emergency:',
  ctaDefault: 'Contact us',
  ctaDefaultClinic: 'Contact {clinic}',
  callClinic: 'Call {clinic}:',
  callUs: 'Call us:',
  /** Follows the helpline's name and a comma, before its number. */
  helplineLead: 'free and confidential, 24/7, in English and Spanish:',
  learnMore: 'Learn more',
};

export type CommonStrings = typeof en;

const es: CommonStrings = {
  offeredHere: 'Disponible aquí',
  notOfferedHere: 'No disponible aquí',
  ourProgram: 'Nuestro programa',
  suggestedStart: 'Punto de partida sugerido',
  askTheClinic: 'Consulte con la clínica',
  detailsAskClinic: 'Detalles: consulte con la clínica',
  level: 'Nivel',
  basedOnAsam: 'Basado en los criterios de la ASAM',
  usOnly: 'Las líneas telefónicas son para los Estados Unidos.',
  crisisLead: '¿Está en crisis? Llame o envíe un mensaje de texto al',
  emergencyLead: 'Emergencia:',
  ctaDefault: 'Comuníquese con nosotros',
  ctaDefaultClinic: 'Comuníquese con {clinic}',
  callClinic: 'Llame a {clinic}:',
  callUs: 'Llámenos:',
  helplineLead: 'gratuita y confidencial, las 24 horas, los 365 días del año, en inglés y español:',
  learnMore: 'Más información',
};

export const COMMON: Record<Lang, CommonStrings> = { en, es };
