import type { Answers } from './recommend.js';

/**
 * The screener's questions as data, in DESIGN §4's order, with the exact answer codes `recommend()`
 * takes. The element shows them one at a time; their words are in src/i18n/screener.ts (the legend
 * first, then one label per option, in the order given here).
 */
export interface Question {
  key: keyof Answers;
  /** Answer codes, in the order shown. */
  options: readonly string[];
  /** Checkboxes, at least one (substances); otherwise one radio group. */
  multi?: true;
  /** Answers that end the questions here: the crisis exit (rule 1) and the youth exit (rule 2). */
  ends?: readonly string[];
}

export const QUESTIONS: readonly Question[] = [
  { key: 'for', options: ['self', 'other'] },
  // The dangers come first so that they are read before "none of these".
  { key: 'danger', options: ['suicide', 'medical', 'violence', 'no'], ends: ['suicide', 'medical', 'violence'] },
  { key: 'age', options: ['under18', '18-64', '65plus'], ends: ['under18'] },
  { key: 'pregnant', options: ['no', 'unsure', 'yes'] },
  {
    key: 'substances',
    options: ['alcohol', 'sedatives', 'opioids', 'stimulants', 'cannabis', 'other'],
    multi: true,
  },
  { key: 'frequency', options: ['not-now', 'less-than-weekly', 'weekly', 'daily'] },
  { key: 'withdrawal', options: ['none', 'unsure', 'signs', 'seizure'] },
  { key: 'health', options: ['none', 'managed', 'very-hard'] },
  { key: 'history', options: ['first', 'after-residential', 'after-iop', 'returned'] },
  { key: 'home', options: ['supportive', 'mixed', 'unsafe'] },
  { key: 'hours', options: ['under9', '9-19', '20plus', 'residential'] },
];
