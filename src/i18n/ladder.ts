import type { Lang } from './lang.js';

/**
 * Strings of `<carepath-ladder>`; shared ones (badges, "Level", "Ask the clinic", "Based on the
 * ASAM Criteria") are in common.ts. `edition3` and `edition4` follow "Based on the ASAM Criteria, ".
 */
const en = {
  title: 'Levels of care',
  edition3: '3rd edition (2013)',
  edition4: '4th edition (2023)',
  hours: 'Hours a week',
  livesAtHome: 'Lives at home',
  staffing: 'Staff',
  bestFor: 'Who it is for',
  standardName: 'Level of care',
  moving: 'Moving between levels:',
};

const es: typeof en = {
  title: 'Niveles de atención',
  edition3: '3.ª edición (2013)',
  edition4: '4.ª edición (2023)',
  hours: 'Horas semanales',
  livesAtHome: 'Vive en su casa',
  staffing: 'Personal',
  bestFor: 'Para quién es',
  standardName: 'Nivel de atención',
  moving: 'Cambiar de nivel:',
};

export const LADDER: Record<Lang, typeof en> = { en, es };
