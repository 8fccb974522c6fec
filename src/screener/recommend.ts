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

/**
 * The questions and the codes each answer accepts, in the order the screener asks and shows them
 * (DESIGN §4). Dangers come before "no" so that they are read before "none of these"; the other
 * ordered questions list their codes mildest first.
 */
export const CODES = {
  for: ['self', 'other'],
  danger: ['suicide', 'medical', 'violence', 'no'],
  age: ['under18', '18-64', '65plus'],
  pregnant: ['no', 'unsure', 'yes'],
  substances: ['alcohol', 'sedatives', 'opioids', 'stimulants', 'cannabis', 'other'],
  frequency: ['not-now', 'less-than-weekly', 'weekly', 'daily'],
  withdrawal: ['none', 'unsure', 'signs', 'seizure'],
  health: ['none', 'managed', 'very-hard'],
  history: ['first', 'after-residential', 'after-iop', 'returned'],
  home: ['supportive', 'mixed', 'unsafe'],
  hours: ['under9', '9-19', '20plus', 'residential'],
} as const satisfies Record<keyof Answers, readonly string[]>;

/** Medical first ranks above every level (DESIGN §4). Its code '3.7' also makes the order of
 *  results that of the codes as numbers: 1 < 2.1 < 2.5 < 3.5 < medical first. */
const MEDICAL_FIRST: Level = '3.7';

/** The level each hours answer fits while living at home, in the order of `CODES.hours`: under 9
 *  hours is outpatient, 9–19 IOP, 20 or more PHP, and a stay residential (DESIGN §3.1). */
const FITS: readonly Level[] = ['1', '2.1', '2.5', '3.5'];

/**
 * A rule's condition: for each answer it reads, the codes that meet it; for `substances`, groups of
 * which the visitor named at least one each. Rules that name substances also ask for weekly or
 * daily use, so "uses X" (X among the substances, frequency not `not-now`) holds whenever they do.
 */
type Condition = { [K in Exclude<keyof Answers, 'substances'>]?: Array<Answers[K]> } & {
  substances?: Substance[][];
};

/**
 * Rules 3–15 of DESIGN §4, one row each: the rule, the minimum it sets, and its condition. "Daily"
 * means daily or almost daily. Every row whose condition holds is a reason; the result is the
 * highest minimum among them. Rule 16 (outpatient) applies only when no row holds.
 */
const RULES: Array<[rule: number, minimum: Level, when: Condition]> = [
  [3, MEDICAL_FIRST, { withdrawal: ['seizure'] }],
  [4, MEDICAL_FIRST, { withdrawal: ['signs', 'unsure'], frequency: ['daily'], substances: [['alcohol', 'sedatives']] }],
  [5, MEDICAL_FIRST, { frequency: ['daily'], substances: [['sedatives']] }],
  [6, MEDICAL_FIRST, { age: ['65plus'], frequency: ['daily'], substances: [['alcohol']] }],
  [
    7,
    MEDICAL_FIRST,
    { pregnant: ['yes', 'unsure'], frequency: ['weekly', 'daily'], substances: [['alcohol', 'sedatives', 'opioids']] },
  ],
  [8, MEDICAL_FIRST, { frequency: ['daily'], substances: [['alcohol', 'sedatives'], ['opioids']] }],
  [9, MEDICAL_FIRST, { frequency: ['daily'], substances: [['alcohol']], health: ['very-hard'] }],
  [10, '3.5', { home: ['unsafe'] }],
  [11, '2.5', { health: ['very-hard'] }],
  [12, '2.1', { frequency: ['daily'] }],
  [13, '2.1', { frequency: ['weekly'], history: ['first', 'returned'] }],
  [14, '2.1', { history: ['after-residential'] }],
  [15, '2.1', { home: ['mixed'] }],
];

/** Whether every answer a condition reads meets it. */
const holds = (a: Answers, when: Condition) =>
  Object.entries(when).every(([key, codes]) =>
    key === 'substances'
      ? (codes as Substance[][]).every((group) => group.some((s) => a.substances.includes(s)))
      : (codes as string[]).includes(a[key as keyof Answers] as string),
  );

/**
 * The answers that the given rules read: question keys, and for `substances` the substances they
 * name. A result shows the visitor's own answers to these as its reasons (DESIGN §4), which never
 * says which substance is used how often.
 */
export function answersRead(reasons: readonly number[]): string[] {
  return RULES.filter(([rule]) => reasons.includes(rule)).flatMap(([, , when]) =>
    Object.entries(when).flatMap(([key, codes]) => (key === 'substances' ? codes.flat() : [key])),
  );
}

/** Throws a `TypeError` naming `key` unless its answer is one of its codes (`substances`: a
 *  non-empty list of them, without duplicates). */
function check(answers: Record<string, unknown>, key: keyof Answers): void {
  const codes: readonly unknown[] = CODES[key];
  const value = answers[key];
  const list = key === 'substances';
  if (
    list
      ? !Array.isArray(value) || !value.length || value.some((s, i) => !codes.includes(s) || value.indexOf(s) !== i)
      : !codes.includes(value)
  ) {
    throw new TypeError(`recommend: "${key}" must be ${list ? 'a list, without duplicates, of' : 'one of'} ${codes.join(', ')}`);
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
  // Anything but an object has no fields: the first check then names `for`.
  const raw: Record<string, unknown> = Object(answers);
  const keys = Object.keys(CODES) as Array<keyof Answers>;
  // In question order: for and danger, then age, then the rest.
  keys.slice(0, 2).forEach((key) => check(raw, key));
  // Rule 1 and rule 2 end the decision.
  if (raw.danger !== 'no') return { kind: 'crisis', level: null, flags: [], reasons: [1] };
  check(raw, 'age');
  if (raw.age === 'under18') return { kind: 'youth', level: null, flags: [], reasons: [2] };
  keys.slice(3).forEach((key) => check(raw, key));

  const a = answers as Answers;
  const held = RULES.filter(([, , when]) => holds(a, when));
  // Highest minimum among the rules that hold (never an average or a sum); rule 16 otherwise.
  const level = held.reduce<Level>((top, [, minimum]) => (+minimum > +top ? minimum : top), '1');
  // Flags in sorted order: 'hours-short' < 'moud'. Hours fall short when the result ranks above
  // what they fit; medical first (not in FITS) never has it.
  const flags: Recommendation['flags'] = [];
  if (FITS.indexOf(level) > CODES.hours.indexOf(a.hours)) flags.push('hours-short');
  if (a.frequency !== 'not-now' && a.substances.includes('opioids')) flags.push('moud');
  return {
    kind: level === MEDICAL_FIRST ? 'medical-first' : 'level',
    level,
    flags,
    reasons: held.length ? held.map(([rule]) => rule) : [16],
  };
}
