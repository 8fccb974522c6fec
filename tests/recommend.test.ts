import { expect } from '@open-wc/testing';
import { recommend, type Answers, type PartialAnswers, type Recommendation } from '../src/screener/recommend.js';

/*
 * Every expected result below is written by hand from DESIGN §4, rule by rule.
 *
 * `quiet` is an adult whose answers meet none of rules 3–15: cannabis less than weekly, no
 * withdrawal, no other condition, recently finished an IOP, a supportive home. Each row changes
 * only what its rule needs, so the reasons show exactly which rules hold.
 */
const quiet: Answers = {
  for: 'self',
  danger: 'no',
  age: '18-64',
  pregnant: 'no',
  substances: ['cannabis'],
  frequency: 'less-than-weekly',
  withdrawal: 'none',
  health: 'none',
  history: 'after-iop',
  home: 'supportive',
  hours: 'under9',
};
const adult = (change: Partial<Answers>): Answers => ({ ...quiet, ...change });

const crisis: Recommendation = { kind: 'crisis', level: null, flags: [], reasons: [1] };
const youth: Recommendation = { kind: 'youth', level: null, flags: [], reasons: [2] };
const medicalFirst = (reasons: number[], flags: Recommendation['flags'] = []): Recommendation => ({
  kind: 'medical-first',
  level: '3.7',
  flags,
  reasons,
});
const level = (
  code: '1' | '2.1' | '2.5' | '3.5',
  reasons: number[],
  flags: Recommendation['flags'] = [],
): Recommendation => ({ kind: 'level', level: code, flags, reasons });

type Row = { rule: string; what: string; answers: PartialAnswers; expected: Recommendation };

const rows: Row[] = [
  // Rule 1: danger is not `no` → crisis; it ends the decision.
  { rule: '1', what: 'thoughts of suicide, before any other question', answers: { for: 'self', danger: 'suicide' }, expected: crisis },
  { rule: '1', what: 'a medical emergency, answered for someone else', answers: { for: 'other', danger: 'medical' }, expected: crisis },
  { rule: '1', what: 'someone may be hurt by another person', answers: { for: 'self', danger: 'violence' }, expected: crisis },
  { rule: '1', what: 'danger outranks under 18', answers: { for: 'other', danger: 'suicide', age: 'under18' }, expected: crisis },
  { rule: '1', what: 'danger outranks every later answer', answers: adult({ danger: 'medical', withdrawal: 'seizure', home: 'unsafe' }), expected: crisis },

  // Rule 2: age under 18 → youth; it ends the decision.
  { rule: '2', what: 'under 18, before any later question', answers: { for: 'self', danger: 'no', age: 'under18' }, expected: youth },
  { rule: '2', what: 'under 18, answered by a parent', answers: { for: 'other', danger: 'no', age: 'under18' }, expected: youth },
  {
    rule: '2',
    what: 'under 18 outranks daily alcohol with seizures',
    answers: adult({ age: 'under18', substances: ['alcohol'], frequency: 'daily', withdrawal: 'seizure' }),
    expected: youth,
  },

  // Rule 3: withdrawal `seizure` → medical first.
  { rule: '3', what: 'a seizure or delirium when stopping', answers: adult({ withdrawal: 'seizure' }), expected: medicalFirst([3]) },
  { rule: '3', what: 'a seizure history counts even when not using now', answers: adult({ withdrawal: 'seizure', frequency: 'not-now' }), expected: medicalFirst([3]) },
  {
    rule: '3',
    what: 'medical first has no hours-short, only moud',
    answers: adult({ withdrawal: 'seizure', substances: ['opioids'], frequency: 'weekly', hours: 'under9' }),
    expected: medicalFirst([3], ['moud']),
  },

  // Rule 4: withdrawal `signs` or `unsure`, with daily use including alcohol or sedatives.
  {
    rule: '4',
    what: 'withdrawal signs with daily alcohol',
    answers: adult({ withdrawal: 'signs', substances: ['alcohol'], frequency: 'daily' }),
    expected: medicalFirst([4, 12]),
  },
  {
    rule: '4',
    what: 'unsure about withdrawal with daily alcohol and cannabis',
    answers: adult({ withdrawal: 'unsure', substances: ['alcohol', 'cannabis'], frequency: 'daily' }),
    expected: medicalFirst([4, 12]),
  },
  {
    rule: '4',
    what: 'not with daily cannabis only',
    answers: adult({ withdrawal: 'signs', substances: ['cannabis'], frequency: 'daily' }),
    expected: level('2.1', [12], ['hours-short']),
  },
  {
    rule: '4',
    what: 'not with weekly alcohol',
    answers: adult({ withdrawal: 'signs', substances: ['alcohol'], frequency: 'weekly' }),
    expected: level('1', [16]),
  },

  // Rule 5: daily use including sedatives.
  { rule: '5', what: 'daily sedatives', answers: adult({ substances: ['sedatives'], frequency: 'daily' }), expected: medicalFirst([5, 12]) },
  {
    rule: '5',
    what: 'daily sedatives with withdrawal signs',
    answers: adult({ substances: ['sedatives'], frequency: 'daily', withdrawal: 'signs' }),
    expected: medicalFirst([4, 5, 12]),
  },
  { rule: '5', what: 'not with weekly sedatives', answers: adult({ substances: ['sedatives'], frequency: 'weekly' }), expected: level('1', [16]) },

  // Rule 6: age 65 or over with daily use including alcohol.
  { rule: '6', what: '65 or over, daily alcohol', answers: adult({ age: '65plus', substances: ['alcohol'], frequency: 'daily' }), expected: medicalFirst([6, 12]) },
  {
    rule: '6',
    what: '65 or over, daily alcohol among stimulants',
    answers: adult({ age: '65plus', substances: ['alcohol', 'stimulants'], frequency: 'daily', hours: '9-19' }),
    expected: medicalFirst([6, 12]),
  },
  { rule: '6', what: 'not with weekly alcohol', answers: adult({ age: '65plus', substances: ['alcohol'], frequency: 'weekly' }), expected: level('1', [16]) },
  {
    rule: '6',
    what: 'not with daily cannabis',
    answers: adult({ age: '65plus', substances: ['cannabis'], frequency: 'daily', hours: '9-19' }),
    expected: level('2.1', [12]),
  },

  // Rule 7: pregnant `yes` or `unsure`, using alcohol, sedatives or opioids weekly or daily.
  {
    rule: '7',
    what: 'pregnant, weekly opioids',
    answers: adult({ pregnant: 'yes', substances: ['opioids'], frequency: 'weekly' }),
    expected: medicalFirst([7], ['moud']),
  },
  { rule: '7', what: 'may be pregnant, weekly alcohol', answers: adult({ pregnant: 'unsure', substances: ['alcohol'], frequency: 'weekly' }), expected: medicalFirst([7]) },
  { rule: '7', what: 'pregnant, daily sedatives', answers: adult({ pregnant: 'yes', substances: ['sedatives'], frequency: 'daily' }), expected: medicalFirst([5, 7, 12]) },
  { rule: '7', what: 'not with alcohol less than weekly', answers: adult({ pregnant: 'yes', substances: ['alcohol'], frequency: 'less-than-weekly' }), expected: level('1', [16]) },
  {
    rule: '7',
    what: 'not with daily cannabis',
    answers: adult({ pregnant: 'yes', substances: ['cannabis'], frequency: 'daily' }),
    expected: level('2.1', [12], ['hours-short']),
  },

  // Rule 8: daily use including alcohol or sedatives, and opioids among the substances.
  {
    rule: '8',
    what: 'daily alcohol and opioids',
    answers: adult({ substances: ['alcohol', 'opioids'], frequency: 'daily' }),
    expected: medicalFirst([8, 12], ['moud']),
  },
  {
    rule: '8',
    what: 'daily sedatives and opioids',
    answers: adult({ substances: ['opioids', 'sedatives'], frequency: 'daily' }),
    expected: medicalFirst([5, 8, 12], ['moud']),
  },
  {
    rule: '8',
    what: 'not with daily opioids and cannabis',
    answers: adult({ substances: ['opioids', 'cannabis'], frequency: 'daily' }),
    expected: level('2.1', [12], ['hours-short', 'moud']),
  },

  // Rule 9: daily use including alcohol, with health `very-hard`.
  {
    rule: '9',
    what: 'daily alcohol and a condition that makes daily life very hard',
    answers: adult({ substances: ['alcohol'], frequency: 'daily', health: 'very-hard' }),
    expected: medicalFirst([9, 11, 12]),
  },
  {
    rule: '9',
    what: 'not with weekly alcohol',
    answers: adult({ substances: ['alcohol'], frequency: 'weekly', health: 'very-hard', hours: '20plus' }),
    expected: level('2.5', [11]),
  },

  // Rule 10: home `unsafe` → residential (3.5).
  { rule: '10', what: 'others use at home, under 9 hours', answers: adult({ home: 'unsafe' }), expected: level('3.5', [10], ['hours-short']) },
  { rule: '10', what: 'others use at home, could stay at a facility', answers: adult({ home: 'unsafe', hours: 'residential' }), expected: level('3.5', [10]) },
  { rule: '10', what: 'others use at home, 20 or more hours', answers: adult({ home: 'unsafe', hours: '20plus' }), expected: level('3.5', [10], ['hours-short']) },

  // Rule 11: health `very-hard` → partial hospitalization (2.5).
  { rule: '11', what: 'a condition that makes daily life very hard, 20+ hours', answers: adult({ health: 'very-hard', hours: '20plus' }), expected: level('2.5', [11]) },
  { rule: '11', what: 'the same with 9–19 hours', answers: adult({ health: 'very-hard', hours: '9-19' }), expected: level('2.5', [11], ['hours-short']) },
  { rule: '11', what: 'the same, could stay at a facility', answers: adult({ health: 'very-hard', hours: 'residential' }), expected: level('2.5', [11]) },
  { rule: '11', what: 'a managed condition is not rule 11', answers: adult({ health: 'managed' }), expected: level('1', [16]) },

  // Rule 12: daily use → IOP (2.1).
  { rule: '12', what: 'daily cannabis, 9–19 hours', answers: adult({ frequency: 'daily', hours: '9-19' }), expected: level('2.1', [12]) },
  { rule: '12', what: 'daily stimulants, under 9 hours', answers: adult({ substances: ['stimulants'], frequency: 'daily' }), expected: level('2.1', [12], ['hours-short']) },
  { rule: '12', what: 'daily other drug, could stay at a facility', answers: adult({ substances: ['other'], frequency: 'daily', hours: 'residential' }), expected: level('2.1', [12]) },

  // Rule 13: weekly use with history `first` or `returned`.
  { rule: '13', what: 'weekly use, first time', answers: adult({ frequency: 'weekly', history: 'first' }), expected: level('2.1', [13], ['hours-short']) },
  { rule: '13', what: 'weekly use, use started again', answers: adult({ frequency: 'weekly', history: 'returned', hours: '20plus' }), expected: level('2.1', [13]) },
  { rule: '13', what: 'not with weekly use after an IOP', answers: adult({ frequency: 'weekly' }), expected: level('1', [16]) },
  { rule: '13', what: 'not with less-than-weekly use, first time', answers: adult({ history: 'first' }), expected: level('1', [16]) },
  { rule: '13', what: 'daily use is rule 12, not 13', answers: adult({ frequency: 'daily', history: 'first', hours: '9-19' }), expected: level('2.1', [12]) },

  // Rule 14: history `after-residential` (stepping down) → IOP (2.1).
  { rule: '14', what: 'recently finished residential care', answers: adult({ history: 'after-residential' }), expected: level('2.1', [14], ['hours-short']) },
  { rule: '14', what: 'the same, not using now', answers: adult({ history: 'after-residential', frequency: 'not-now', hours: '9-19' }), expected: level('2.1', [14]) },

  // Rule 15: home `mixed` → IOP (2.1).
  { rule: '15', what: 'a mixed home', answers: adult({ home: 'mixed', hours: '20plus' }), expected: level('2.1', [15]) },
  { rule: '15', what: 'a mixed home and weekly use again', answers: adult({ home: 'mixed', frequency: 'weekly', history: 'returned' }), expected: level('2.1', [13, 15], ['hours-short']) },

  // Rule 16: otherwise → outpatient (1).
  { rule: '16', what: 'none of rules 3–15', answers: quiet, expected: level('1', [16]) },
  { rule: '16', what: 'not using now, first time, managed condition', answers: adult({ frequency: 'not-now', history: 'first', health: 'managed' }), expected: level('1', [16]) },
  { rule: '16', what: '65 or over, pregnant answer unsure, no alcohol', answers: adult({ age: '65plus', pregnant: 'unsure', for: 'other' }), expected: level('1', [16]) },

  // The highest minimum wins; never an average or a sum.
  {
    rule: '10+11+12+14',
    what: 'residential beats PHP and IOP',
    answers: adult({ home: 'unsafe', health: 'very-hard', frequency: 'daily', history: 'after-residential', hours: '20plus' }),
    expected: level('3.5', [10, 11, 12, 14], ['hours-short']),
  },
  {
    rule: '11+14+15',
    what: 'PHP beats two IOP reasons',
    answers: adult({ health: 'very-hard', history: 'after-residential', home: 'mixed', hours: '9-19' }),
    expected: level('2.5', [11, 14, 15], ['hours-short']),
  },
  {
    rule: '12+14+15',
    what: 'three IOP reasons are still IOP',
    answers: adult({ frequency: 'daily', history: 'after-residential', home: 'mixed', hours: '9-19' }),
    expected: level('2.1', [12, 14, 15]),
  },
  {
    rule: '3+10+11',
    what: 'medical first beats residential',
    answers: adult({ withdrawal: 'seizure', home: 'unsafe', health: 'very-hard' }),
    expected: medicalFirst([3, 10, 11]),
  },
  {
    rule: '3+5–12',
    what: 'nine reasons at once, ascending (a seizure is rule 3, not rule 4)',
    answers: adult({
      age: '65plus',
      pregnant: 'yes',
      substances: ['other', 'cannabis', 'stimulants', 'opioids', 'sedatives', 'alcohol'],
      frequency: 'daily',
      withdrawal: 'seizure',
      health: 'very-hard',
      history: 'first',
      home: 'unsafe',
    }),
    expected: medicalFirst([3, 5, 6, 7, 8, 9, 10, 11, 12], ['moud']),
  },

  // Flags.
  { rule: 'moud', what: 'opioids less than weekly', answers: adult({ substances: ['opioids'] }), expected: level('1', [16], ['moud']) },
  { rule: 'moud', what: 'not when not using opioids now', answers: adult({ substances: ['opioids'], frequency: 'not-now' }), expected: level('1', [16]) },
  {
    rule: 'moud',
    what: 'opioids among other substances, at 3.5 that fits the hours',
    answers: adult({ substances: ['alcohol', 'opioids'], home: 'unsafe', hours: 'residential' }),
    expected: level('3.5', [10], ['moud']),
  },
  { rule: 'hours-short', what: 'never at level 1', answers: adult({ hours: 'under9' }), expected: level('1', [16]) },
  { rule: 'hours-short', what: '2.1 with 9–19 hours fits', answers: adult({ home: 'mixed', hours: '9-19' }), expected: level('2.1', [15]) },
  { rule: 'hours-short', what: '2.1 with under 9 hours', answers: adult({ home: 'mixed', hours: 'under9' }), expected: level('2.1', [15], ['hours-short']) },
  { rule: 'hours-short', what: '2.5 with under 9 hours', answers: adult({ health: 'very-hard', hours: 'under9' }), expected: level('2.5', [11], ['hours-short']) },
  { rule: 'hours-short', what: '3.5 with 9–19 hours', answers: adult({ home: 'unsafe', hours: '9-19' }), expected: level('3.5', [10], ['hours-short']) },
  {
    rule: 'hours-short+moud',
    what: 'both flags, sorted',
    answers: adult({ substances: ['opioids'], frequency: 'weekly', history: 'returned' }),
    expected: level('2.1', [13], ['hours-short', 'moud']),
  },
  {
    rule: 'flags',
    what: 'none on a crisis result, even with later answers',
    answers: adult({ danger: 'suicide', substances: ['opioids'], frequency: 'daily' }),
    expected: crisis,
  },
  {
    rule: 'flags',
    what: 'none on a youth result, even with later answers',
    answers: adult({ age: 'under18', substances: ['opioids'], frequency: 'daily', home: 'unsafe' }),
    expected: youth,
  },
];

describe('recommend(): the rules of DESIGN §4, case by case', () => {
  for (const { rule, what, answers, expected } of rows) {
    it(`rule ${rule}: ${what}`, () => {
      expect(recommend(answers)).to.deep.equal(expected);
    });
  }

  it('covers every rule 1–16 at least twice', () => {
    for (let rule = 1; rule <= 16; rule++) {
      const own = rows.filter((row) => row.rule === String(rule));
      expect(own.length, `rule ${rule}`).to.be.at.least(2);
    }
  });

  it('does not change the answers it is given and returns fresh arrays', () => {
    const answers = Object.freeze({ ...adult({ substances: ['opioids'], home: 'mixed' }) });
    Object.freeze(answers.substances);
    const first = recommend(answers);
    first.flags.push('moud');
    first.reasons.push(99);
    expect(recommend(answers)).to.deep.equal(level('2.1', [15], ['hours-short', 'moud']));
    expect(answers.substances).to.deep.equal(['opioids']);
  });

  it('ignores keys that are not answers', () => {
    expect(recommend({ ...quiet, note: 'x' } as Answers)).to.deep.equal(level('1', [16]));
  });
});

describe('recommend(): answers that stop early, and bad answers', () => {
  const throwsNaming = (answers: unknown, field: string) => {
    expect(() => recommend(answers as PartialAnswers)).to.throw(TypeError, `"${field}"`);
  };
  const without = (key: keyof Answers): unknown => {
    const copy: Record<string, unknown> = { ...quiet };
    delete copy[key];
    return copy;
  };

  it('says exactly what a bad frequency should be', () => {
    expect(() => recommend(adult({ frequency: 'hourly' as Answers['frequency'] }))).to.throw(
      TypeError,
      'recommend: "frequency" must be one of not-now, less-than-weekly, weekly, daily',
    );
  });

  it('names each missing field of a full set of answers', () => {
    for (const key of ['for', 'danger', 'age', 'pregnant', 'substances', 'frequency', 'withdrawal', 'health', 'history', 'home', 'hours'] as const) {
      throwsNaming(without(key), key);
    }
  });

  it('names each field with an unknown code', () => {
    throwsNaming(adult({ for: 'me' as Answers['for'] }), 'for');
    throwsNaming(adult({ danger: 'maybe' as Answers['danger'] }), 'danger');
    throwsNaming(adult({ age: '30' as Answers['age'] }), 'age');
    throwsNaming(adult({ pregnant: 'no-or-unsure' as Answers['pregnant'] }), 'pregnant');
    throwsNaming(adult({ frequency: 'Daily' as Answers['frequency'] }), 'frequency');
    throwsNaming(adult({ withdrawal: 'seizures' as Answers['withdrawal'] }), 'withdrawal');
    throwsNaming(adult({ health: 'hard' as Answers['health'] }), 'health');
    throwsNaming(adult({ history: 'after-php' as Answers['history'] }), 'history');
    throwsNaming(adult({ home: 'unsafe ' as Answers['home'] }), 'home');
    throwsNaming(adult({ hours: '20' as Answers['hours'] }), 'hours');
    throwsNaming(adult({ hours: null as unknown as Answers['hours'] }), 'hours');
  });

  it('wants substances as a non-empty list of known codes without duplicates', () => {
    throwsNaming(adult({ substances: [] }), 'substances');
    throwsNaming(adult({ substances: ['alcohol', 'alcohol'] }), 'substances');
    throwsNaming(adult({ substances: ['wine'] as unknown as Answers['substances'] }), 'substances');
    throwsNaming(adult({ substances: ['alcohol', 'Opioids'] as unknown as Answers['substances'] }), 'substances');
    throwsNaming(adult({ substances: 'alcohol' as unknown as Answers['substances'] }), 'substances');
  });

  it('throws a TypeError for answers that are not an object', () => {
    expect(() => recommend(null as unknown as PartialAnswers)).to.throw(TypeError);
    expect(() => recommend(undefined as unknown as PartialAnswers)).to.throw(TypeError);
  });

  it('always checks who it is for and the danger answer, even at an exit', () => {
    throwsNaming({ danger: 'suicide' }, 'for');
    throwsNaming({ for: 'self' }, 'danger');
  });

  it('after the danger exit, ignores later answers, even bad ones', () => {
    expect(recommend({ for: 'self', danger: 'medical', age: '??', frequency: 'hourly' } as unknown as PartialAnswers)).to.deep.equal(crisis);
  });

  it('after the age exit, ignores later answers, even bad ones', () => {
    expect(recommend({ for: 'other', danger: 'no', age: 'under18', substances: 'x', hours: 1 } as unknown as PartialAnswers)).to.deep.equal(youth);
  });

  it('stopping after the danger question without an exit is not enough', () => {
    throwsNaming({ for: 'self', danger: 'no' }, 'age');
  });

  it('stopping after an adult age is not enough', () => {
    throwsNaming({ for: 'self', danger: 'no', age: '18-64' }, 'pregnant');
    throwsNaming({ for: 'self', danger: 'no', age: '65plus', pregnant: 'no', substances: ['alcohol'], frequency: 'daily', withdrawal: 'none', health: 'none', history: 'first', home: 'mixed' }, 'hours');
  });
});
