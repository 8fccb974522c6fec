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

export function recommend(answers: PartialAnswers): Recommendation {
  void answers;
  throw new TypeError('recommend: being written (issue 5)');
}
