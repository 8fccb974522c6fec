import { expect } from '@open-wc/testing';
import { resultView, type ResultContext } from '../src/screener/results.js';
import type { Recommendation } from '../src/screener/recommend.js';
import { QUESTIONS } from '../src/screener/questions.js';
import { SCREENER, person } from '../src/i18n/screener.js';

/* The result screens' content without rendering (DESIGN §4). Expected values written by hand. */

const settings = (more: Partial<ResultContext['settings']> = {}): ResultContext['settings'] => ({
  lang: 'en',
  edition: 3,
  offered: null,
  content: {},
  ...more,
});
const level = (code: Recommendation['level'], flags: Recommendation['flags'] = [], reasons = [12]): Recommendation => ({
  kind: 'level',
  level: code,
  flags,
  reasons,
});
const CRISIS: Recommendation = { kind: 'crisis', level: null, flags: [], reasons: [1] };
const YOUTH: Recommendation = { kind: 'youth', level: null, flags: [], reasons: [2] };
const MEDICAL: Recommendation = { kind: 'medical-first', level: '3.7', flags: ['moud'], reasons: [3, 8] };

describe('screener results: the view model', () => {
  it('a level: plain name, code, what it involves, reasons, disclaimer, the clinic contact', () => {
    const v = resultView(level('2.1'), { settings: settings(), other: false });
    expect(v.title).to.equal('Suggested starting point: Intensive outpatient');
    expect(v.code).to.equal('Level 2.1');
    expect(v.facts.length).to.equal(3);
    expect(v.facts[0][1]).to.contain('9–19');
    expect(v.reasons).to.deep.equal(['Daily or almost daily use']);
    expect(v.offered).to.equal(null);
    expect(v.cta).to.equal('cta');
    expect(v.disclaimer).to.equal(true);
    expect(v.first).to.deep.equal(['911', '988']);
    expect(v.overdose).to.equal(false);
  });

  it('every rule 3–16 has reason words; rules 1 and 2 are not listed as reasons', () => {
    const all = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
    for (const lang of ['en', 'es'] as const) {
      const v = resultView(level('3.5', [], all), { settings: settings({ lang }), other: false });
      expect(v.reasons.length, lang).to.equal(14);
      expect(new Set(v.reasons).size, `${lang}: distinct`).to.equal(14);
    }
    expect(resultView(CRISIS, { settings: settings(), other: false }).reasons).to.deep.equal([]);
    expect(resultView(YOUTH, { settings: settings(), other: false }).reasons).to.deep.equal([]);
  });

  it('reasons never claim which substance is used daily', () => {
    for (const text of Object.values(SCREENER.en.reasons)) {
      expect(text).not.to.match(/(alcohol|sedatives|opioids) (daily|every day)/i);
      expect(text).not.to.match(/daily (alcohol|sedative|opioid)/i);
    }
  });

  it('offered: yes, no, or silent', () => {
    expect(resultView(level('2.1'), { settings: settings({ offered: ['1', '2.1'] }), other: false }).offered).to.equal(true);
    expect(resultView(level('2.5'), { settings: settings({ offered: ['1', '2.1'] }), other: false }).offered).to.equal(false);
    expect(resultView(level('2.5'), { settings: settings(), other: false }).offered).to.equal(null);
  });

  it('edition 4: outpatient is 1.5 with its 2023 name, details from the clinic', () => {
    const v = resultView(level('1', [], [16]), { settings: settings({ edition: 4, offered: ['1.5'] }), other: false });
    expect(v.title).to.equal('Suggested starting point: Outpatient therapy');
    expect(v.code).to.equal('Level 1.5');
    expect(v.body).to.deep.equal(['Details: ask the clinic']);
    expect(v.facts).to.deep.equal([]);
    expect(v.offered).to.equal(true);
  });

  it("uses the clinic's own name and description for the rung", () => {
    const v = resultView(level('2.1'), {
      settings: settings({ content: { levels: { '2.1': { name: 'Evening IOP', description: { en: 'Three evenings a week.' } } } } }),
      other: false,
    });
    expect(v.title).to.equal('Suggested starting point: Evening IOP');
    expect(v.body).to.deep.equal(['Three evenings a week.']);
    expect(v.facts).to.deep.equal([]);
  });

  it('notes: MOUD, hours-short at 2.1/2.5 (evening, virtual), at 3.5 talking a stay through', () => {
    const at = (code: Recommendation['level']) =>
      resultView(level(code, ['hours-short', 'moud']), { settings: settings(), other: false }).notes.join(' ');
    expect(at('2.1')).to.contain('buprenorphine, methadone, naltrexone');
    expect(at('2.1')).to.contain('evening and virtual options');
    expect(at('2.5')).to.contain('evening and virtual options');
    expect(at('3.5')).to.contain('work, family or cost');
    expect(at('3.5')).not.to.contain('evening');
    expect(resultView(level('1'), { settings: settings(), other: false }).notes).to.deep.equal([]);
  });

  it('medical first: the sentence, reasons, phone only, no level details', () => {
    const v = resultView(MEDICAL, { settings: settings(), other: false });
    expect(v.title).to.equal('Medical care first');
    expect(v.body).to.deep.equal([
      'Talk to a doctor before stopping or cutting down: stopping suddenly can be dangerous. You may need medically supervised withdrawal; a doctor decides whether that happens at home, in a day program or during a stay.',
    ]);
    expect(v.code).to.equal('');
    expect(v.facts).to.deep.equal([]);
    expect(v.offered).to.equal(null);
    expect(v.reasons.length).to.equal(2);
    expect(v.notes.join()).to.contain('buprenorphine');
    expect(v.cta).to.equal('phone');
  });

  it('crisis: 988 first for suicide, 911 first for medical and violence; overdose; no call to action', () => {
    const order = (danger: 'suicide' | 'medical' | 'violence') =>
      resultView(CRISIS, { settings: settings(), other: false, danger }).first;
    expect(order('suicide')).to.deep.equal(['988', '911']);
    expect(order('medical')).to.deep.equal(['911', '988']);
    expect(order('violence')).to.deep.equal(['911', '988']);
    const v = resultView(CRISIS, { settings: settings(), other: true, danger: 'suicide' });
    expect(v.overdose).to.equal(true);
    expect(v.cta).to.equal('quiet');
    expect(v.disclaimer).to.equal(false);
    expect(v.body).to.deep.equal(["They're not alone. Help is there now."]);
  });

  it('youth: its advice, overdose signs, no call to action, they for a parent', () => {
    const v = resultView(YOUTH, { settings: settings(), other: true });
    expect(v.title).to.equal('Talk with a clinician who treats young people');
    expect(v.body).to.deep.equal([
      'A pediatrician or school counselor can help find one.',
      "They shouldn't stop alcohol or sedatives suddenly without a doctor.",
      'The {988} Lifeline serves all ages.',
    ]);
    expect(v.overdose).to.equal(true);
    expect(v.cta).to.equal('none');
  });

  it('Spanish: usted and esa persona', () => {
    const self = resultView(MEDICAL, { settings: settings({ lang: 'es' }), other: false });
    const other = resultView(MEDICAL, { settings: settings({ lang: 'es' }), other: true });
    expect(self.body[0]).to.contain('Hable con un médico antes de dejar de consumir');
    expect(self.body[0]).to.contain('Es posible que usted necesite');
    expect(other.body[0]).to.contain('Esa persona debe hablar con un médico');
    expect(other.body[0]).to.contain('Es posible que esa persona necesite');
    const v = resultView(level('2.1'), { settings: settings({ lang: 'es' }), other: false });
    expect(v.title).to.equal('Punto de partida sugerido: Programa ambulatorio intensivo');
    expect(v.code).to.equal('Nivel 2.1');
  });
});

describe('screener strings', () => {
  it('have a legend and one label per answer code, in both languages', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const q of QUESTIONS) {
        expect(SCREENER[lang].q[q.key].length, `${lang} ${q.key}`).to.equal(q.options.length + 1);
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
