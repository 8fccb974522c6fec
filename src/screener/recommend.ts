/**
 * The screener's decision rules (DESIGN §4) as one pure function. The codes are exact: the element's
 * inputs carry them as values, and tests write expected results by hand from DESIGN §4.
 */
export type Answers = {
  for: 'self' | 'other';
  danger: 'no' | 'suicide' | 'medical' | 'violence';
  age: 'under18' | '18-64' | '65plus';
  pregnant: 'no' | 'unsure' | 'yes';
  substances: Array<'alcohol' | 'sedatives' | 'opioids' | 'stimulants' | 'cannabis' | 'other'>;
  frequency: 'not-now' | 'less-than-weekly' | 'weekly' | 'daily';
  withdrawal: 'none' | 'unsure' | 'signs' | 'seizure';
  health: 'none' | 'managed' | 'very-hard';
  history: 'first' | 'after-residential' | 'after-iop' | 'returned';
  home: 'supportive' | 'mixed' | 'unsafe';
  hours: 'under9' | '9-19' | '20plus' | 'residential';
};

export type Recommendation = {
  kind: 'crisis' | 'youth' | 'medical-first' | 'level';
  /** '3.7' for medical-first; null for crisis and youth. */
  level: '1' | '2.1' | '2.5' | '3.5' | '3.7' | null;
  /** Sorted, no duplicates. */
  flags: Array<'moud' | 'hours-short'>;
  /** Rule numbers, ascending. */
  reasons: number[];
};

/** Answers that stop at the danger exit or the age exit are complete too (DESIGN §4). */
export type PartialAnswers =
  | Pick<Answers, 'for' | 'danger'>
  | Pick<Answers, 'for' | 'danger' | 'age'>
  | Answers;

type Level = NonNullable<Recommendation['level']>;
type Substance = Answers['substances'][number];

/** The codes each answer accepts, in the order DESIGN §4 asks them (mildest first where ordered). */
const CODES = {
  for: ['self', 'other'],
  danger: ['no', 'suicide', 'medical', 'violence'],
  age: ['under18', '18-64', '65plus'],
  pregnant: ['no', 'unsure', 'yes'],
  substances: ['alcohol', 'sedatives', 'opioids', 'stimulants', 'cannabis', 'other'],
  frequency: ['not-now', 'less-than-weekly', 'weekly', 'daily'],
  withdrawal: ['none', 'unsure', 'signs', 'seizure'],
  health: ['none', 'managed', 'very-hard'],
  history: ['first', 'after-residential', 'after-iop', 'returned'],
  home: ['supportive', 'mixed', 'unsafe'],
  hours: ['under9', '9-19', '20plus', 'residential'],
} as const;

/** Results in DESIGN §4's order: 1 < 2.1 < 2.5 < 3.5 < medical first ('3.7'). */
const ORDER: Level[] = ['1', '2.1', '2.5', '3.5', '3.7'];
const MEDICAL_FIRST: Level = '3.7';

/** "Uses X": X is among the substances and frequency is not `not-now`. */
const uses = (a: Answers, ...x: Substance[]) =>
  a.frequency !== 'not-now' && x.some((s) => a.substances.includes(s));
/** Daily (or almost daily) use including one of X. */
const daily = (a: Answers, ...x: Substance[]) =>
  a.frequency === 'daily' && x.some((s) => a.substances.includes(s));

/** Rules 3–15 of DESIGN §4, one row each: every row whose `when` holds is a reason; the result is
 *  the highest `minimum` among them. Rule 16 (outpatient) applies only when no row holds. */
const RULES: Array<{ rule: number; minimum: Level; when: (a: Answers) => boolean }> = [
  { rule: 3, minimum: MEDICAL_FIRST, when: (a) => a.withdrawal === 'seizure' },
  {
    rule: 4,
    minimum: MEDICAL_FIRST,
    when: (a) => (a.withdrawal === 'signs' || a.withdrawal === 'unsure') && daily(a, 'alcohol', 'sedatives'),
  },
  { rule: 5, minimum: MEDICAL_FIRST, when: (a) => daily(a, 'sedatives') },
  { rule: 6, minimum: MEDICAL_FIRST, when: (a) => a.age === '65plus' && daily(a, 'alcohol') },
  {
    rule: 7,
    minimum: MEDICAL_FIRST,
    when: (a) =>
      (a.pregnant === 'yes' || a.pregnant === 'unsure') &&
      (a.frequency === 'weekly' || a.frequency === 'daily') &&
      uses(a, 'alcohol', 'sedatives', 'opioids'),
  },
  {
    rule: 8,
    minimum: MEDICAL_FIRST,
    when: (a) => daily(a, 'alcohol', 'sedatives') && a.substances.includes('opioids'),
  },
  { rule: 9, minimum: MEDICAL_FIRST, when: (a) => daily(a, 'alcohol') && a.health === 'very-hard' },
  { rule: 10, minimum: '3.5', when: (a) => a.home === 'unsafe' },
  { rule: 11, minimum: '2.5', when: (a) => a.health === 'very-hard' },
  { rule: 12, minimum: '2.1', when: (a) => a.frequency === 'daily' },
  {
    rule: 13,
    minimum: '2.1',
    when: (a) => a.frequency === 'weekly' && (a.history === 'first' || a.history === 'returned'),
  },
  { rule: 14, minimum: '2.1', when: (a) => a.history === 'after-residential' },
  { rule: 15, minimum: '2.1', when: (a) => a.home === 'mixed' },
];

/** `hours-short`: the hours answers at which each level's weekly time does not fit (DESIGN §4):
 *  2.1 with under 9; 2.5 with under 9 or 9–19; 3.5 with anything but `residential`. */
const SHORT: Partial<Record<Level, readonly Answers['hours'][]>> = {
  '2.1': ['under9'],
  '2.5': ['under9', '9-19'],
  '3.5': ['under9', '9-19', '20plus'],
};

function check(answers: Record<string, unknown>, key: Exclude<keyof typeof CODES, 'substances'>): void {
  const codes: readonly string[] = CODES[key];
  if (!codes.includes(answers[key] as string)) {
    throw new TypeError(`recommend: "${key}" must be one of ${codes.join(', ')}`);
  }
}

/**
 * The screener's suggestion for a set of answers (DESIGN §4). Pure: no DOM, no state.
 *
 * Validation: `for` and `danger` are always checked. A danger answer other than `no` is the crisis
 * exit and `age` `under18` the youth exit: after an exit the later fields are ignored (absent, or
 * present with any value — the visitor never answered them on this path). Otherwise every field
 * is required; a missing or unknown value throws a `TypeError` naming the field. `substances` must
 * be a non-empty array of known codes without duplicates. Keys not in `Answers` are ignored.
 */
export function recommend(answers: PartialAnswers): Recommendation {
  if (typeof answers !== 'object' || answers === null) {
    throw new TypeError('recommend: answers must be an object');
  }
  const raw = answers as Record<string, unknown>;
  check(raw, 'for');
  check(raw, 'danger');
  // Rule 1 and rule 2 end the decision.
  if (raw.danger !== 'no') return { kind: 'crisis', level: null, flags: [], reasons: [1] };
  check(raw, 'age');
  if (raw.age === 'under18') return { kind: 'youth', level: null, flags: [], reasons: [2] };
  for (const key of ['pregnant', 'frequency', 'withdrawal', 'health', 'history', 'home', 'hours'] as const) {
    check(raw, key);
  }
  const list = raw.substances;
  const known: readonly unknown[] = CODES.substances;
  if (
    !Array.isArray(list) ||
    !list.length ||
    list.some((s, i) => !known.includes(s) || list.indexOf(s) !== i)
  ) {
    throw new TypeError(
      `recommend: "substances" must be a non-empty list of ${known.join(', ')}, without duplicates`,
    );
  }

  const a = answers as Answers;
  const held = RULES.filter((r) => r.when(a));
  // Highest minimum among the rules that hold (never an average or a sum); rule 16 otherwise.
  const level = held.reduce<Level>(
    (top, r) => (ORDER.indexOf(r.minimum) > ORDER.indexOf(top) ? r.minimum : top),
    '1',
  );
  // Flags in sorted order: 'hours-short' < 'moud'.
  const flags: Recommendation['flags'] = [];
  if (SHORT[level]?.includes(a.hours)) flags.push('hours-short');
  if (uses(a, 'opioids')) flags.push('moud');
  return {
    kind: level === MEDICAL_FIRST ? 'medical-first' : 'level',
    level,
    flags,
    reasons: held.length ? held.map((r) => r.rule) : [16],
  };
}
