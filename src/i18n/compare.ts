import type { Lang } from './lang.js';
import type { Row } from '../content/programs.js';

/**
 * `<carepath-compare>` strings. Clinical content lives in content/programs.ts; shared words
 * (Offered here, Our program, Ask the clinic, Level) in common.ts. `{n}` marks a number of hours.
 */
const en = {
  caption: 'Comparing levels of care',
  /** Row headers; the hours row's also names the weekly-time picture. */
  rows: {
    hours: 'Hours a week',
    sessions: 'Sessions',
    duration: 'Typical length',
    setting: 'Where the person lives',
    services: 'Services',
    'best-for': 'Often suits',
    insurance: 'Insurance',
    virtual: 'By video',
  } as Record<Row, string>,
  /** Edition 4 shows the 3rd-edition hours, labelled as such (DESIGN §1.3). */
  edition3Ranges: '(3rd-edition ranges)',
  hour: '{n} hour a week',
  hours: '{n} hours a week',
  thresholds: 'Dashed lines: 9 and 20 hours a week.',
  /** The footnote's sources; edition 4 adds where the names come from. */
  hoursFrom: 'Hours: ASAM Criteria, 3rd edition (2013); SAMHSA Advisory on IOPs (2021).',
  namesFrom: 'Program names: ASAM Criteria, 4th edition (2023).',
};

const es: typeof en = {
  caption: 'Comparación de niveles de atención',
  rows: {
    hours: 'Horas semanales',
    sessions: 'Sesiones',
    duration: 'Duración habitual',
    setting: 'Dónde vive la persona',
    services: 'Servicios',
    'best-for': 'Suele ser adecuado para',
    insurance: 'Seguro médico',
    virtual: 'Por video',
  },
  edition3Ranges: '(rangos de la 3.ª edición)',
  hour: '{n} hora semanal',
  hours: '{n} horas semanales',
  thresholds: 'Líneas discontinuas: 9 y 20 horas semanales.',
  hoursFrom: 'Horas: Criterios de la ASAM, 3.ª edición (2013); guía de SAMHSA sobre los IOP (2021).',
  namesFrom: 'Nombres de los programas: Criterios de la ASAM, 4.ª edición (2023).',
};

export const COMPARE: Record<Lang, typeof en> = { en, es };
