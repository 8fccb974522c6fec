import { expect } from '@open-wc/testing';
import { recommend, type Answers, type PartialAnswers, type Recommendation } from '../src/screener/recommend.js';

/*
 * The invariants of DESIGN §4, proved over every combination of answers.
 *
 * The answer paths a visitor can take: `for` (2) × a danger exit (3), `for` (2) × the under-18
 * exit, and every adult set of answers: for 2 × age 2 × pregnant 3 × substances 63 (non-empty
 * subsets of 6) × frequency 4 × withdrawal 4 × health 3 × history 4 × home 3 × hours 4
 * = 1,741,824; in all 6 + 2 + 1,741,824 = 1,741,832 paths. Each adult set is computed once into
 * typed arrays indexed by combination, so neighbours (the same answers but one) are compared by
 * index. The exits are also checked with every set of later answers filled in:
 * 3 dangers × 2,612,736 (for × all three ages × the rest) and 870,912 under-18 sets.
 *
 * Every code list and rule condition here is written from the DESIGN text, independently of the
 * code under test. Codes are listed mildest first where the question is ordered.
 */
const FOR = ['self', 'other'] as const;
const DANGERS = ['suicide', 'medical', 'violence'] as const;
const AGES = ['18-64', '65plus'] as const; // adults; under18 stands apart
const PREGNANT = ['no', 'unsure', 'yes'] as const;
const SUBSTANCES = ['alcohol', 'sedatives', 'opioids', 'stimulants', 'cannabis', 'other'] as const;
const FREQUENCY = ['not-now', 'less-than-weekly', 'weekly', 'daily'] as const;
const WITHDRAWAL = ['none', 'unsure', 'signs', 'seizure'] as const;
const HEALTH = ['none', 'managed', 'very-hard'] as const;
const HISTORY = ['first', 'after-residential', 'after-iop', 'returned'] as const;
const HOME = ['supportive', 'mixed', 'unsafe'] as const;
const HOURS = ['under9', '9-19', '20plus', 'residential'] as const;

/** Substance bits: bit k is SUBSTANCES[k]; a subset is a mask 1..63, stored at coordinate mask - 1. */
const ALCOHOL = 1;
const SEDATIVES = 2;
const OPIOIDS = 4;
const SUBSETS: Answers['substances'][] = [];
for (let mask = 1; mask < 64; mask++) SUBSETS.push(SUBSTANCES.filter((_, k) => mask & (1 << k)));

/** The dimensions of an adult set of answers, most significant first. */
const SIZES = [FOR.length, AGES.length, PREGNANT.length, SUBSETS.length, FREQUENCY.length, WITHDRAWAL.length, HEALTH.length, HISTORY.length, HOME.length, HOURS.length];
const [D_FOR, D_AGE, D_PREGNANT, D_SUBSTANCES, D_FREQUENCY, D_WITHDRAWAL, D_HEALTH, , D_HOME, D_HOURS] = SIZES.map((_, d) => d);
const STRIDES = SIZES.map((_, d) => SIZES.slice(d + 1).reduce((p, n) => p * n, 1));
const ADULTS = SIZES.reduce((p, n) => p * n, 1);

/** Result ranks in DESIGN §4's order: 1 < 2.1 < 2.5 < 3.5 < medical first < crisis; youth apart. */
const RANK_OF_LEVEL: Record<string, number> = { '1': 0, '2.1': 1, '2.5': 2, '3.5': 3 };
const MEDICAL_FIRST = 4;
const CRISIS = 5;
const YOUTH = 6;
const BROKEN = 255;
const FLAG_HOURS_SHORT = 1;
const FLAG_MOUD = 2;

/** The minimum each rule 3–16 sets, by hand from DESIGN §4. */
const MINIMUM: Record<number, number> = { 3: 4, 4: 4, 5: 4, 6: 4, 7: 4, 8: 4, 9: 4, 10: 3, 11: 2, 12: 1, 13: 1, 14: 1, 15: 1, 16: 0 };

/** COORDS[d][i]: the coordinate of adult set i on dimension d (filled once, before the tests). */
const COORDS = SIZES.map(() => new Uint8Array(ADULTS));
const [C_FOR, C_AGE, C_PREGNANT, C_SUBSTANCES, C_FREQUENCY, C_WITHDRAWAL, C_HEALTH, C_HISTORY, C_HOME, C_HOURS] = COORDS as [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array];
const maskAt = (i: number) => C_SUBSTANCES[i]! + 1;

/** Writes adult set i into `answers` (one object reused: recommend keeps nothing). */
function answersAt(i: number, answers: Answers): Answers {
  answers.for = FOR[C_FOR[i]!]!;
  answers.age = AGES[C_AGE[i]!]!;
  answers.pregnant = PREGNANT[C_PREGNANT[i]!]!;
  answers.substances = SUBSETS[C_SUBSTANCES[i]!]!;
  answers.frequency = FREQUENCY[C_FREQUENCY[i]!]!;
  answers.withdrawal = WITHDRAWAL[C_WITHDRAWAL[i]!]!;
  answers.health = HEALTH[C_HEALTH[i]!]!;
  answers.history = HISTORY[C_HISTORY[i]!]!;
  answers.home = HOME[C_HOME[i]!]!;
  answers.hours = HOURS[C_HOURS[i]!]!;
  return answers;
}

/** Which of rules 3–15 hold, as a bitmask of rule numbers, read from the DESIGN text. */
function rulesHolding(i: number): number {
  const mask = maskAt(i);
  const frequency = FREQUENCY[C_FREQUENCY[i]!];
  const withdrawal = WITHDRAWAL[C_WITHDRAWAL[i]!];
  const daily = frequency === 'daily';
  const history = HISTORY[C_HISTORY[i]!];
  const home = HOME[C_HOME[i]!];
  const veryHard = HEALTH[C_HEALTH[i]!] === 'very-hard';
  const pregnant = PREGNANT[C_PREGNANT[i]!];
  let held = 0;
  const hold = (rule: number, when: boolean) => {
    if (when) held |= 1 << rule;
  };
  hold(3, withdrawal === 'seizure');
  hold(4, (withdrawal === 'signs' || withdrawal === 'unsure') && daily && (mask & (ALCOHOL | SEDATIVES)) !== 0);
  hold(5, daily && (mask & SEDATIVES) !== 0);
  hold(6, AGES[C_AGE[i]!] === '65plus' && daily && (mask & ALCOHOL) !== 0);
  hold(7, (pregnant === 'yes' || pregnant === 'unsure') && (frequency === 'weekly' || daily) && (mask & (ALCOHOL | SEDATIVES | OPIOIDS)) !== 0);
  hold(8, daily && (mask & (ALCOHOL | SEDATIVES)) !== 0 && (mask & OPIOIDS) !== 0);
  hold(9, daily && (mask & ALCOHOL) !== 0 && veryHard);
  hold(10, home === 'unsafe');
  hold(11, veryHard);
  hold(12, daily);
  hold(13, frequency === 'weekly' && (history === 'first' || history === 'returned'));
  hold(14, history === 'after-residential');
  hold(15, home === 'mixed');
  return held;
}
const MEDICAL_RULES = 0b1111111 << 3; // rules 3–9

/** Encodes a result: its rank, reasons as a bitmask, flags as bits; BROKEN and a note if its shape is wrong. */
function encode(r: Recommendation, problems: string[], where: string): [rank: number, reasons: number, flags: number] {
  const fail = (what: string): [number, number, number] => {
    if (problems.length < 10) problems.push(`${where}: ${what}: ${JSON.stringify(r)}`);
    return [BROKEN, 0, 0];
  };
  let rank: number;
  if (r.kind === 'crisis' && r.level === null) rank = CRISIS;
  else if (r.kind === 'youth' && r.level === null) rank = YOUTH;
  else if (r.kind === 'medical-first' && r.level === '3.7') rank = MEDICAL_FIRST;
  else if (r.kind === 'level' && r.level !== null && r.level in RANK_OF_LEVEL) rank = RANK_OF_LEVEL[r.level]!;
  else return fail('kind and level do not match');
  let reasons = 0;
  let last = 0;
  for (const rule of r.reasons) {
    if (!Number.isInteger(rule) || rule <= last || rule > 16) return fail('reasons not ascending rule numbers');
    reasons |= 1 << rule;
    last = rule;
  }
  if (!r.reasons.length) return fail('no reasons');
  let flags = 0;
  const names = r.flags.join(' ');
  if (names === 'hours-short') flags = FLAG_HOURS_SHORT;
  else if (names === 'moud') flags = FLAG_MOUD;
  else if (names === 'hours-short moud') flags = FLAG_HOURS_SHORT | FLAG_MOUD;
  else if (names !== '') return fail('flags not sorted, unique and known');
  if (flags && rank >= CRISIS) return fail('flags on a crisis or youth result');
  return [rank, reasons, flags];
}

describe('recommend(): the invariants of DESIGN §4 over every combination', function () {
  this.timeout(120000);

  const rank = new Uint8Array(ADULTS);
  const reasons = new Uint32Array(ADULTS);
  const flags = new Uint8Array(ADULTS);
  /** The exits, indexed by for: crisis per danger, and youth. */
  const exits: Array<{ path: PartialAnswers; rank: number; reasons: number; flags: number }> = [];
  const problems: string[] = [];
  let paths = 0;

  /** The combinations breaking the invariant under test are counted; the first is kept as an example. */
  let wrong = 0;
  let example = '';
  const miss = (what: () => string) => {
    if (!wrong++) example = what();
  };
  const at = (i: number) => `${JSON.stringify(answersAt(i, { danger: 'no' } as Answers))} rank ${rank[i]} reasons ${reasons[i]!.toString(2)} flags ${flags[i]}`;
  const noneWrong = () => expect({ wrong, example }).to.deep.equal({ wrong: 0, example: '' });
  beforeEach(() => {
    wrong = 0;
    example = '';
  });

  /** Every adult index whose coordinate on dimension d is not the last, with its neighbour one step up. */
  function forEachStep(d: number, visit: (index: number, next: number) => void): void {
    const stride = STRIDES[d]!;
    const top = SIZES[d]! - 1;
    const coords = COORDS[d]!;
    for (let i = 0; i < ADULTS; i++) {
      if (coords[i] !== top) visit(i, i + stride);
    }
  }

  before(() => {
    const c = SIZES.map(() => 0);
    for (let i = 0; i < ADULTS; i++) {
      for (let d = 0; d < SIZES.length; d++) COORDS[d]![i] = c[d]!;
      for (let d = SIZES.length - 1; d >= 0 && ++c[d]! === SIZES[d]; d--) c[d] = 0;
    }
    for (const who of FOR) {
      for (const danger of DANGERS) exits.push({ path: { for: who, danger }, rank: 0, reasons: 0, flags: 0 });
      exits.push({ path: { for: who, danger: 'no', age: 'under18' }, rank: 0, reasons: 0, flags: 0 });
    }
    for (const exit of exits) {
      [exit.rank, exit.reasons, exit.flags] = encode(recommend(exit.path), problems, JSON.stringify(exit.path));
      paths++;
    }
    const answers = { danger: 'no' } as Answers;
    for (let i = 0; i < ADULTS; i++) {
      [rank[i], reasons[i], flags[i]] = encode(recommend(answersAt(i, answers)), problems, `adult ${i}`);
      paths++;
    }
  });

  it('visits every answer path exactly once: 1,741,832', () => {
    expect(ADULTS).to.equal(1741824);
    expect(exits.length).to.equal(8);
    expect(paths).to.equal(1741832);
  });

  it('gives every result a well-formed shape: flags sorted and unique, reasons ascending', () => {
    expect(problems).to.deep.equal([]);
  });

  it('danger always gives crisis, whatever else was answered', () => {
    for (const exit of exits.filter((e) => (e.path as Answers).danger !== 'no')) {
      expect([exit.rank, exit.reasons, exit.flags], JSON.stringify(exit.path)).to.deep.equal([CRISIS, 1 << 1, 0]);
    }
    // Every later set of answers, for all three ages, behind every danger answer.
    let seen = 0;
    const answers = {} as Answers;
    const ages = ['under18', ...AGES] as const;
    for (const danger of DANGERS) {
      answers.danger = danger;
      for (let i = 0; i < ADULTS; i++) {
        // Every adult set with its first age, tried with all three ages.
        if (C_AGE[i] !== 0) continue;
        answersAt(i, answers);
        for (const age of ages) {
          answers.age = age;
          const r = recommend(answers);
          seen++;
          if (r.kind !== 'crisis' || r.level !== null || r.flags.length || r.reasons.length !== 1 || r.reasons[0] !== 1) miss(() => `${JSON.stringify(answers)} → ${JSON.stringify(r)}`);
        }
      }
    }
    expect(seen).to.equal(3 * 2612736);
    noneWrong();
  });

  it('under 18 never gives an adult level, whatever else was answered', () => {
    for (const exit of exits.filter((e) => (e.path as Answers).age === 'under18')) {
      expect([exit.rank, exit.reasons, exit.flags], JSON.stringify(exit.path)).to.deep.equal([YOUTH, 1 << 2, 0]);
    }
    let seen = 0;
    const answers = {} as Answers;
    for (let i = 0; i < ADULTS; i++) {
      if (C_AGE[i] !== 0) continue;
      answersAt(i, answers);
      answers.danger = 'no';
      answers.age = 'under18';
      const r = recommend(answers);
      seen++;
      if (r.kind !== 'youth' || r.level !== null || r.flags.length || r.reasons.length !== 1 || r.reasons[0] !== 2) miss(() => `${JSON.stringify(answers)} → ${JSON.stringify(r)}`);
    }
    expect(seen).to.equal(870912);
    noneWrong();
  });

  it('rules 3–9 never give 1, 2.1, 2.5 or 3.5: whenever one holds, the result is medical first', () => {
    let holding = 0;
    for (let i = 0; i < ADULTS; i++) {
      const medical = rulesHolding(i) & MEDICAL_RULES;
      if (!medical) continue;
      holding++;
      if (rank[i] !== MEDICAL_FIRST || (reasons[i]! & medical) !== medical) miss(() => at(i));
    }
    expect(holding).to.be.greaterThan(0);
    noneWrong();
  });

  it('gives exactly the rules that hold as reasons, the highest minimum as the result, and rule 16 alone otherwise', () => {
    for (let i = 0; i < ADULTS; i++) {
      const held = rulesHolding(i) || 1 << 16;
      let highest = 0;
      for (let rule = 3; rule <= 16; rule++) if (held & (1 << rule)) highest = Math.max(highest, MINIMUM[rule]!);
      if (reasons[i] !== held || rank[i] !== highest) miss(() => `${at(i)}; expected rank ${highest} reasons ${held.toString(2)}`);
    }
    noneWrong();
  });

  it('sets moud and hours-short exactly as DESIGN §4 says', () => {
    // hours-short: 2.1 with under9; 2.5 with under9 or 9-19; 3.5 with anything but residential.
    const short: Record<number, readonly string[]> = { 1: ['under9'], 2: ['under9', '9-19'], 3: ['under9', '9-19', '20plus'] };
    for (let i = 0; i < ADULTS; i++) {
      const moud = maskAt(i) & OPIOIDS && FREQUENCY[C_FREQUENCY[i]!] !== 'not-now';
      const hoursShort = short[rank[i]!]?.includes(HOURS[C_HOURS[i]!]!) ?? false;
      if (flags[i] !== (hoursShort ? FLAG_HOURS_SHORT : 0) + (moud ? FLAG_MOUD : 0)) miss(() => at(i));
    }
    noneWrong();
  });

  it('`for` never changes kind, level, reasons or flags', () => {
    forEachStep(D_FOR, (i, j) => {
      if (rank[i] !== rank[j] || reasons[i] !== reasons[j] || flags[i] !== flags[j]) miss(() => `${at(i)} → ${at(j)}`);
    });
    noneWrong();
    const encoded = exits.map((e) => [e.rank, e.reasons, e.flags]);
    expect(encoded.slice(0, 4)).to.deep.equal(encoded.slice(4));
  });

  it('`hours` never changes kind, level or reasons', () => {
    forEachStep(D_HOURS, (i, j) => {
      if (rank[i] !== rank[j] || reasons[i] !== reasons[j]) miss(() => `${at(i)} → ${at(j)}`);
    });
    noneWrong();
  });

  for (const [name, d] of [
    ['age 18-64 → 65plus', D_AGE],
    ['pregnant no → unsure → yes', D_PREGNANT],
    ['frequency not-now → less-than-weekly → weekly → daily', D_FREQUENCY],
    ['withdrawal none → unsure → signs → seizure', D_WITHDRAWAL],
    ['health none → managed → very-hard', D_HEALTH],
    ['home supportive → mixed → unsafe', D_HOME],
  ] as const) {
    it(`a more severe answer never lowers the result: ${name}`, () => {
      let steps = 0;
        forEachStep(d, (i, j) => {
        steps++;
        if (rank[j]! < rank[i]!) miss(() => `${at(i)} → ${at(j)}`);
      });
      expect(steps).to.equal((ADULTS / SIZES[d]!) * (SIZES[d]! - 1));
      noneWrong();
    });
  }

  it('a more severe answer never lowers the result: danger (any danger answer outranks every adult result)', () => {
    const highestAdult = rank.reduce((top, r) => Math.max(top, r), 0);
    expect(highestAdult).to.equal(MEDICAL_FIRST);
    for (const exit of exits.filter((e) => (e.path as Answers).danger !== 'no')) expect(exit.rank).to.be.greaterThan(highestAdult);
  });

  it('one more substance never lowers the result', () => {
    let steps = 0;
    const stride = STRIDES[D_SUBSTANCES]!;
    for (let i = 0; i < ADULTS; i++) {
      const mask = maskAt(i);
      for (let k = 0; k < SUBSTANCES.length; k++) {
        if (mask & (1 << k)) continue;
        steps++;
        const j = i + (mask | (1 << k)) * stride - mask * stride;
        if (rank[j]! < rank[i]!) miss(() => `${at(i)} → ${at(j)}`);
      }
    }
    // Each of the 63 subsets gains each substance it lacks: 6 × 2^5 - 6 = 186 steps per other answer set.
    expect(steps).to.equal((ADULTS / 63) * 186);
    noneWrong();
  });
});
