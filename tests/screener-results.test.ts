import { expect, fixture, html } from '@open-wc/testing';
import '../src/carepath.js';
import type { CarepathScreener } from '../src/screener/screener.js';
import { CODES, answersRead, type Answers } from '../src/screener/recommend.js';
import { SCREENER, person } from '../src/i18n/screener.js';
import { TO_IOP, walkScreener } from './fixtures/walk.js';

/* What each result screen shows (DESIGN §4), walked to by clicking. Expected values written by hand. */

const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (list: Element | null | undefined) => [...(list?.children ?? [])].map(words);
/** The list under the result's heading with this text. */
const listAfter = (result: Element, heading: string) =>
  [...result.querySelectorAll('h3')].find((h3) => words(h3) === heading)?.nextElementSibling ?? null;

/** Daily alcohol, nothing else: rule 12 → 2.1. Each test changes only what it needs. */
const adult = (change: Partial<Answers> = {}): Answers => ({ ...TO_IOP, frequency: 'daily', ...change });

describe('screener results: a level', () => {
  it('plain name, code, what it involves, reasons, disclaimer, 911 then 988, no overdose block', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener cta-href="/contact"></carepath-screener>`);
    const r = await walkScreener(el, adult());
    expect(words(r.querySelector('h2'))).to.equal('Suggested starting point: Intensive outpatient');
    expect(words(r.querySelector('p'))).to.equal('Level 2.1');
    const facts = items(r.querySelector('h2 ~ ul'));
    expect(facts.length).to.equal(3);
    expect(facts[0]).to.contain('Hours a week: 9–19');
    expect(items(listAfter(r, 'Why'))).to.deep.equal(['How often, now? Daily or almost daily']);
    expect(r.querySelector('.badge'), 'nothing said about availability').to.equal(null);
    expect(r.querySelector('a[part="cta"]')!.getAttribute('href')).to.equal('/contact');
    expect(words(r)).to.contain('This is not a diagnosis: a licensed professional decides with a full assessment.');
    const first = [...r.querySelectorAll('.help > ul > li')].map((li) => li.querySelector('a')!.getAttribute('href'));
    expect(first).to.deep.equal(['tel:911', 'tel:988']);
    expect(words(r)).not.to.contain('Signs of an overdose');
  });

  it('offered: "Offered here", or "Not offered here" with where else to look', async () => {
    const yes = await fixture<CarepathScreener>(html`<carepath-screener offered="1 2.1"></carepath-screener>`);
    expect(words((await walkScreener(yes, adult())).querySelector('.badge'))).to.equal('Offered here');
    const no = await fixture<CarepathScreener>(html`<carepath-screener offered="1 2.1"></carepath-screener>`);
    const r = await walkScreener(no, adult({ health: 'very-hard', frequency: 'weekly', history: 'after-iop' }));
    expect(r.dataset.level).to.equal('2.5');
    expect(words(r.querySelector('.badge'))).to.equal('Not offered here');
    expect(words(r)).to.contain('For a program that offers it: ask the clinic, the SAMHSA helpline (1-800-662-4357) or FindTreatment.gov.');
  });

  it('edition 4: outpatient is 1.5 with its 2023 name; details: ask the clinic', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener edition="4" offered="1.5"></carepath-screener>`);
    const r = await walkScreener(el, adult({ frequency: 'less-than-weekly', history: 'after-iop' }));
    expect(r.dataset.level).to.equal('1');
    expect(words(r.querySelector('h2'))).to.equal('Suggested starting point: Outpatient therapy');
    expect(words(r.querySelector('p'))).to.equal('Level 1.5 Offered here');
    expect(words(r)).to.contain('Details: ask the clinic');
    expect(words(r)).not.to.contain('Hours a week');
    expect(items(listAfter(r, 'Why'))).to.deep.equal(['No answer points to more than outpatient care.']);
  });

  it("uses the clinic's own name and description for the rung", async () => {
    const config = { levels: { '2.1': { name: 'Evening IOP', description: { en: 'Three evenings a week.' } } } };
    const el = await fixture<CarepathScreener>(html`<carepath-screener .config=${config}></carepath-screener>`);
    const r = await walkScreener(el, adult());
    expect(words(r.querySelector('h2'))).to.equal('Suggested starting point: Evening IOP');
    expect(words(r)).to.contain('Three evenings a week.');
    expect(words(r)).not.to.contain('Hours a week');
  });

  it('notes: MOUD, hours-short at 2.1 and 2.5 (evening, virtual), at 3.5 talking a stay through', async () => {
    const notes = async (change: Partial<Answers>, level: string) => {
      const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
      const r = await walkScreener(el, adult(change));
      expect(r.dataset.level).to.equal(level);
      return words(r);
    };
    const at21 = await notes({ substances: ['opioids'], hours: 'under9' }, '2.1');
    expect(at21).to.contain('Medications for opioid use disorder (buprenorphine, methadone, naltrexone) help');
    expect(at21).to.contain('Ask about evening and virtual options.');
    const at25 = await notes({ frequency: 'weekly', history: 'after-iop', health: 'very-hard', hours: '9-19' }, '2.5');
    expect(at25).to.contain('Ask about evening and virtual options.');
    expect(at25).not.to.contain('buprenorphine');
    const at35 = await notes({ home: 'unsafe', hours: '20plus' }, '3.5');
    expect(at35).to.contain('If a stay seems hard because of work, family or cost, the clinic can talk it through.');
    expect(at35).not.to.contain('evening');
    const at1 = await notes({ frequency: 'less-than-weekly', history: 'after-iop', hours: 'under9' }, '1');
    expect(at1).not.to.contain('evening');
    expect(at1).not.to.contain('work, family or cost');
  });
});

describe('screener results: the reasons are the answers behind the result', () => {
  it('each rule 3–15 reads the answers DESIGN §4 names, and the substances it names', () => {
    const expected: Record<number, string[]> = {
      3: ['withdrawal'],
      4: ['withdrawal', 'frequency', 'alcohol', 'sedatives'],
      5: ['frequency', 'sedatives'],
      6: ['age', 'frequency', 'alcohol'],
      7: ['pregnant', 'frequency', 'alcohol', 'sedatives', 'opioids'],
      8: ['frequency', 'alcohol', 'sedatives', 'opioids'],
      9: ['frequency', 'health', 'alcohol'],
      10: ['home'],
      11: ['health'],
      12: ['frequency'],
      13: ['frequency', 'history'],
      14: ['history'],
      15: ['home'],
    };
    for (const [rule, reads] of Object.entries(expected)) {
      expect(answersRead([Number(rule)]).sort(), `rule ${rule}`).to.deep.equal([...reads].sort());
    }
    expect(answersRead([1])).to.deep.equal([]);
    expect(answersRead([2])).to.deep.equal([]);
    expect(answersRead([16])).to.deep.equal([]);
  });

  it('shows each answer once, in question order, with its question; only substances a rule names', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    // Rules 4 (possible withdrawal, daily alcohol), 6 (65 or older, daily alcohol), 12 (daily use)
    // and 15 (a mixed home) → medical first. Cannabis is named by no rule.
    const r = await walkScreener(
      el,
      adult({ age: '65plus', substances: ['alcohol', 'cannabis'], withdrawal: 'unsure', home: 'mixed' }),
    );
    expect(r.dataset.kind).to.equal('medical-first');
    expect(items(listAfter(r, 'Why'))).to.deep.equal([
      'How old are you? 65 or older',
      'What do you use? Alcohol',
      'How often, now? Daily or almost daily',
      'What happens when you stop or cut down? Not sure',
      'What is home like? Mixed',
    ]);
  });

  it('never says which substance is used how often: substances and frequency are separate answers', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener lang="es"></carepath-screener>`);
    const r = await walkScreener(el, adult({ substances: ['sedatives', 'opioids'], for: 'other' }));
    expect(items(listAfter(r, 'Por qué'))).to.deep.equal([
      '¿Qué consume esa persona? Sedantes (benzodiacepinas), Opioides (heroína, fentanilo, analgésicos)',
      '¿Con qué frecuencia, ahora? A diario o casi a diario',
    ]);
  });
});

describe('screener results: medical first, crisis, youth', () => {
  it('medical first: the sentence, every reason, the MOUD note, the phone only, no level details', async () => {
    const el = await fixture<CarepathScreener>(
      html`<carepath-screener phone="+1-206-555-0123" cta-href="/contact"></carepath-screener>`,
    );
    // Rules 3 (seizure), 8 (daily alcohol, and opioids) and 12 (daily use).
    const r = await walkScreener(el, adult({ withdrawal: 'seizure', substances: ['alcohol', 'opioids'] }));
    expect(r.dataset.kind).to.equal('medical-first');
    expect(words(r.querySelector('h2'))).to.equal('Medical care first');
    expect(words(r.querySelector('h2 + p'))).to.equal(
      'Talk to a doctor before stopping or cutting down: stopping suddenly can be dangerous. You may need medically supervised withdrawal; a doctor decides whether that happens at home, in a day program or during a stay.',
    );
    expect(items(listAfter(r, 'Why'))).to.deep.equal([
      'What do you use? Alcohol, Opioids (heroin, fentanyl, pain pills)',
      'How often, now? Daily or almost daily',
      'What happens when you stop or cut down? Ever a seizure or delirium (DTs)',
    ]);
    expect(words(r)).to.contain('buprenorphine, methadone, naltrexone');
    expect(r.querySelector('a[href="tel:+12065550123"]')).to.exist;
    expect(r.querySelector('a[href="/contact"]')).to.equal(null);
    expect(words(r)).not.to.contain('Level');
  });

  it('crisis for someone else: the lead, overdose signs and steps, no call to action, no disclaimer, no reasons', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener cta-href="/contact"></carepath-screener>`);
    const r = await walkScreener(el, { for: 'other', danger: 'suicide' });
    expect(words(r.querySelector('h2'))).to.equal('Get help now');
    expect(words(r.querySelector('h2 + p'))).to.equal("They're not alone. Help is there now.");
    expect(items(listAfter(r, 'Signs of an overdose')).length).to.equal(5);
    expect(items(listAfter(r, 'What to do'))).to.deep.equal([
      'Call 911.',
      'Give naloxone if you have it.',
      'Stay with the person.',
    ]);
    expect(r.querySelector('ol a[href="tel:911"]')).to.exist;
    expect(r.querySelector('a[href="/contact"]')).to.equal(null);
    expect(words(r)).not.to.contain('not a diagnosis');
    expect(listAfter(r, 'Why')).to.equal(null);
  });

  it('youth for a parent: its advice in the they form, overdose signs, no call to action, no reasons', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener cta-href="/contact" phone="+1-206-555-0123"></carepath-screener>`);
    const r = await walkScreener(el, { for: 'other', danger: 'no', age: 'under18' });
    expect(words(r.querySelector('h2'))).to.equal('Talk with a clinician who treats young people');
    expect([...r.querySelectorAll('h2 ~ p')].slice(0, 3).map(words)).to.deep.equal([
      'A pediatrician or school counselor can help find one.',
      "They shouldn't stop alcohol or sedatives suddenly without a doctor.",
      'The 988 Lifeline serves all ages.',
    ]);
    expect(r.querySelector('h2 ~ p a[href="tel:988"]')).to.exist;
    expect(words(r)).to.contain('Signs of an overdose');
    expect(r.querySelector('a[href="/contact"]')).to.equal(null);
    expect(r.querySelector('a[href="tel:+12065550123"]')).to.equal(null);
    expect(listAfter(r, 'Why')).to.equal(null);
  });

  it('Spanish: usted and esa persona, and the level in Spanish', async () => {
    const self = await fixture<CarepathScreener>(html`<carepath-screener lang="es"></carepath-screener>`);
    const seizure = adult({ withdrawal: 'seizure' });
    const mine = words((await walkScreener(self, seizure)).querySelector('h2 + p'));
    expect(mine).to.contain('Hable con un médico antes de dejar de consumir');
    expect(mine).to.contain('Es posible que usted necesite');
    const other = await fixture<CarepathScreener>(html`<carepath-screener lang="es"></carepath-screener>`);
    const theirs = words((await walkScreener(other, { ...seizure, for: 'other' })).querySelector('h2 + p'));
    expect(theirs).to.contain('Esa persona debe hablar con un médico');
    expect(theirs).to.contain('Es posible que esa persona necesite');
    const level = await fixture<CarepathScreener>(html`<carepath-screener lang="es"></carepath-screener>`);
    const r = await walkScreener(level, adult());
    expect(words(r.querySelector('h2'))).to.equal('Punto de partida sugerido: Programa ambulatorio intensivo');
    expect(words(r.querySelector('p'))).to.equal('Nivel 2.1');
  });
});

describe('screener strings', () => {
  it('have a legend and one label per answer code, in both languages', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const [key, codes] of Object.entries(CODES)) {
        expect(SCREENER[lang].q[key as keyof Answers].length, `${lang} ${key}`).to.equal(codes.length + 1);
      }
    }
  });

  it('person() picks the you or the they form of each template', () => {
    expect(person('How old [are you|is the person]?', false)).to.equal('How old are you?');
    expect(person('How old [are you|is the person]?', true)).to.equal('How old is the person?');
    expect(person('¿Qué edad tiene [usted|esa persona]?', true)).to.equal('¿Qué edad tiene esa persona?');
  });

  it('never use the words to avoid', () => {
    const all = JSON.stringify(SCREENER);
    expect(all).not.to.match(/\baddict|\babuse|\bclean\b|\bdirty\b|adicto|drogadic|abuso|limpio|opiáceo|HIPAA|100%/i);
  });
});
