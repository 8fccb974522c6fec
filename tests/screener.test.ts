import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/carepath.js';
import { idleClock, type CarepathScreener } from '../src/screener/screener.js';
import type { CarepathLadder } from '../src/ladder/ladder.js';

/* Expected words and orders below are written by hand from DESIGN §1.5, §2, §3.3 and §4. */

type Given = Record<string, string | string[]>;

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  root(el).querySelector<T>(selector);
const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: Element) => root(el).activeElement;
const question = (el: Element) => $(el, 'fieldset[part="question"]')?.dataset.question ?? null;
const result = (el: Element) => $(el, '[part="result"]');
/** Expects no such element; a failing check must not print an element either. */
const none = (node: Element | null, what = 'absent') =>
  expect(node === null, `${what}: ${node?.outerHTML.slice(0, 60)}`).to.equal(true);
/** Compares identities only: a failing comparison of two elements must not print them. */
const isFocused = (el: Element, node: Element | null, what = 'focus') =>
  expect(focused(el) === node, `${what}: ${focused(el)?.outerHTML.slice(0, 60)}`).to.equal(true);

/** A daily drinker, nothing else: rule 12 → intensive outpatient (2.1). */
const IOP: Given = {
  for: 'self',
  danger: 'no',
  age: '18-64',
  pregnant: 'no',
  substances: ['alcohol'],
  frequency: 'daily',
  withdrawal: 'none',
  health: 'none',
  history: 'first',
  home: 'supportive',
  hours: '9-19',
};
/** A past withdrawal seizure: rule 3 → medical first. */
const SEIZURE: Given = { ...IOP, withdrawal: 'seizure' };

async function startScreener(el: CarepathScreener): Promise<void> {
  $<HTMLButtonElement>(el, '[part="intro"] button[part="next"]')!.click();
  await el.updateComplete;
}

/** Answers the question shown by clicking, then presses Next. */
async function answer(el: CarepathScreener, codes: string | string[]): Promise<void> {
  const fieldset = $(el, 'fieldset[part="question"]')!;
  for (const code of [codes].flat()) {
    fieldset.querySelector<HTMLInputElement>(`input[value="${code}"]`)!.click();
  }
  $<HTMLButtonElement>(el, 'form button[part="next"]')!.click();
  await el.updateComplete;
}

/** Starts and answers by clicking until a result shows; returns the questions asked, in order. */
async function walk(el: CarepathScreener, given: Given): Promise<string[]> {
  await startScreener(el);
  const asked: string[] = [];
  while (!result(el)) {
    const key = question(el)!;
    asked.push(key);
    expect(given, `an answer for "${key}"`).to.have.property(key);
    await answer(el, given[key]);
  }
  return asked;
}

/** Collects the element's events while `run` runs. */
async function eventsDuring(run: () => Promise<void> | void) {
  const seen: Array<{ type: string; detail: unknown }> = [];
  const log = (event: Event) => seen.push({ type: event.type, detail: (event as CustomEvent).detail });
  for (const type of ['carepath-complete', 'carepath-cta']) document.addEventListener(type, log);
  try {
    await run();
  } finally {
    for (const type of ['carepath-complete', 'carepath-cta']) document.removeEventListener(type, log);
  }
  return seen;
}

/** Clicks a link without leaving the test page. */
function clickLink(link: HTMLAnchorElement): void {
  const stay = (event: Event) => event.preventDefault();
  window.addEventListener('click', stay);
  link.click();
  window.removeEventListener('click', stay);
}

describe('<carepath-screener>: the intro', () => {
  it('says what this is, how long, that it is private and not a diagnosis', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    const intro = $(el, '[part="intro"]')!;
    expect(words(intro)).to.contain(
      "This self-check doesn't send your answers anywhere. This website's own privacy policy also applies.",
    );
    expect(words(intro)).to.contain('About one minute.');
    expect(words(intro)).to.contain('Not a diagnosis.');
    expect(words($(el, '[part="crisis"]'))).to.equal('In crisis? Call or text 988 · Emergency: 911');
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="crisis"] a')];
    expect(links.map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
      ['tel:988', '988'],
      ['tel:911', '911'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('puts the session-replay masking hooks on the host', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    expect(el.hasAttribute('data-hj-suppress')).to.equal(true);
    expect(el.getAttribute('data-clarity-mask')).to.equal('true');
    expect(el.classList.contains('fs-exclude')).to.equal(true);
    expect(el.classList.contains('rr-block')).to.equal(true);
  });

  it('is accessible in dark (intro, a question with its error) and in Spanish', async () => {
    const dark = await fixture<CarepathScreener>(html`<carepath-screener theme="dark"></carepath-screener>`);
    expect($(dark, '.root')!.classList.contains('dark')).to.equal(true);
    await expect(dark).to.be.accessible();
    await startScreener(dark);
    $<HTMLButtonElement>(dark, 'form button[part="next"]')!.click();
    await dark.updateComplete;
    expect($(dark, '[part="error"]')).to.exist;
    await expect(dark).to.be.accessible();
    const es = await fixture<CarepathScreener>(html`<carepath-screener lang="es"></carepath-screener>`);
    expect(words($(es, '[part="intro"]'))).to.contain(
      'Esta autoevaluación no envía sus respuestas a ningún lugar. También se aplica la política de privacidad de este sitio web.',
    );
    expect(words($(es, '[part="crisis"]'))).to.contain('988');
    await expect(es).to.be.accessible();
  });
});

describe('<carepath-screener>: one question at a time', () => {
  it('asks the eleven questions in DESIGN §4 order, with the codes as values', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await startScreener(el);
    const values: Record<string, string[]> = {};
    const progress: string[] = [];
    while (!result(el)) {
      const key = question(el)!;
      values[key] = [...root(el).querySelectorAll<HTMLInputElement>('fieldset input')].map((i) => i.value);
      progress.push(words($(el, '[part="progress"]')));
      await answer(el, IOP[key]);
    }
    expect(Object.keys(values)).to.deep.equal([
      'for', 'danger', 'age', 'pregnant', 'substances', 'frequency', 'withdrawal', 'health', 'history', 'home', 'hours',
    ]);
    const sorted = (list: string[]) => [...list].sort();
    expect(sorted(values.for)).to.deep.equal(sorted(['self', 'other']));
    expect(sorted(values.danger)).to.deep.equal(sorted(['no', 'suicide', 'medical', 'violence']));
    expect(sorted(values.age)).to.deep.equal(sorted(['under18', '18-64', '65plus']));
    expect(sorted(values.pregnant)).to.deep.equal(sorted(['no', 'unsure', 'yes']));
    expect(sorted(values.substances)).to.deep.equal(
      sorted(['alcohol', 'sedatives', 'opioids', 'stimulants', 'cannabis', 'other']),
    );
    expect(sorted(values.frequency)).to.deep.equal(sorted(['not-now', 'less-than-weekly', 'weekly', 'daily']));
    expect(sorted(values.withdrawal)).to.deep.equal(sorted(['none', 'unsure', 'signs', 'seizure']));
    expect(sorted(values.health)).to.deep.equal(sorted(['none', 'managed', 'very-hard']));
    expect(sorted(values.history)).to.deep.equal(sorted(['first', 'after-residential', 'after-iop', 'returned']));
    expect(sorted(values.home)).to.deep.equal(sorted(['supportive', 'mixed', 'unsafe']));
    expect(sorted(values.hours)).to.deep.equal(sorted(['under9', '9-19', '20plus', 'residential']));
    expect(progress[0]).to.equal('Question 1 of 11');
    expect(progress[2]).to.equal('Question 3 of 11');
    expect(progress[10]).to.equal('Question 11 of 11');
  });

  it('uses one radio group per question and checkboxes for substances', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await walkTo(el, 'substances');
    const types = [...root(el).querySelectorAll<HTMLInputElement>('fieldset input')].map((i) => i.type);
    expect(new Set(types)).to.deep.equal(new Set(['checkbox']));
    await answer(el, ['alcohol', 'opioids']);
    expect(question(el)).to.equal('frequency');
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('fieldset input')];
    expect(radios.every((i) => i.type === 'radio' && i.name === 'frequency')).to.equal(true);
    expect(root(el).querySelectorAll('fieldset[part="question"] > legend').length).to.equal(1);
    expect(root(el).querySelectorAll('[part="answer"]').length).to.equal(4);
    await expect(el).to.be.accessible();
  });

  it('moves on only with Next: choosing an answer (change events) never changes the screen', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await walkTo(el, 'danger');
    for (const input of root(el).querySelectorAll<HTMLInputElement>('fieldset input')) {
      input.click();
      input.dispatchEvent(new Event('change', { bubbles: true }));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      await nextFrame();
      expect(question(el)).to.equal('danger');
      none(result(el));
    }
  });

  it('shows a text error tied by aria-describedby when Next is pressed without an answer', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await startScreener(el);
    const next = $<HTMLButtonElement>(el, 'form button[part="next"]')!;
    expect(next.disabled).to.equal(false);
    none($(el, '[part="error"]'));
    next.click();
    await el.updateComplete;
    expect(question(el)).to.equal('for');
    const error = $(el, '[part="error"]')!;
    expect(words(error)).to.equal('Choose an answer to go on.');
    const fieldset = $(el, 'fieldset[part="question"]')!;
    expect(fieldset.getAttribute('aria-describedby')).to.equal(error.id);
    isFocused(el, fieldset.querySelector('input'));
    await expect(el).to.be.accessible();
    await answer(el, 'self');
    expect(question(el)).to.equal('danger');
    none($(el, '[part="error"]'));
    expect($(el, 'fieldset[part="question"]')!.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('asks for at least one substance', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await walkTo(el, 'substances');
    await answer(el, []);
    expect(question(el)).to.equal('substances');
    expect($(el, '[part="error"]')).to.exist;
  });

  it('moves focus to each new legend', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await startScreener(el);
    isFocused(el, $(el, 'legend h2'));
    expect(words(focused(el) as Node)).to.equal('Who is this for?');
    await answer(el, 'self');
    isFocused(el, $(el, 'legend h2'));
    expect(words(focused(el) as Node)).to.equal('Is any of this happening right now?');
  });

  it('goes Back keeping the answer, and Back from the first question to the intro', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await walkTo(el, 'age');
    $<HTMLButtonElement>(el, 'button[part="back"]')!.click();
    await el.updateComplete;
    expect(question(el)).to.equal('danger');
    expect($<HTMLInputElement>(el, 'input[value="no"]')!.checked).to.equal(true);
    isFocused(el, $(el, 'legend h2'));
    $<HTMLButtonElement>(el, 'button[part="back"]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button[part="back"]')!.click();
    await el.updateComplete;
    expect($(el, '[part="intro"]')).to.exist;
  });

  it('Start over wipes the answers and returns to the intro', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await walk(el, IOP);
    $<HTMLButtonElement>(el, 'button[part="restart"]')!.click();
    await el.updateComplete;
    expect($(el, '[part="intro"]')).to.exist;
    isFocused(el, $(el, '[part="intro"] h2'));
    await startScreener(el);
    expect(root(el).querySelectorAll('input:checked').length, 'question 1 starts blank').to.equal(0);
    await answer(el, 'other');
    expect(root(el).querySelectorAll('input:checked').length, 'question 2 starts blank').to.equal(0);
  });

  it('wipes the answers on pagehide', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await walkTo(el, 'age');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expect($(el, '[part="intro"]')).to.exist;
    await startScreener(el);
    expect(root(el).querySelectorAll('input:checked').length).to.equal(0);
  });

  it('keeps answers out of attributes and properties of the host', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    const before = [...el.attributes].map((a) => `${a.name}=${a.value}`);
    await walk(el, { ...IOP, substances: ['opioids'] });
    expect([...el.attributes].map((a) => `${a.name}=${a.value}`)).to.deep.equal(before);
    // Nothing reachable from the host's own properties holds an answer code.
    const seen = new WeakSet<object>();
    const strings: string[] = [];
    const collect = (value: unknown, depth: number): void => {
      if (typeof value === 'string') strings.push(value);
      else if (value && typeof value === 'object' && !(value instanceof Node) && depth < 4 && !seen.has(value)) {
        seen.add(value);
        Object.values(value).forEach((v) => collect(v, depth + 1));
      }
    };
    Object.keys(el).forEach((key) => collect((el as unknown as Record<string, unknown>)[key], 0));
    expect(strings.join(' ')).not.to.contain('opioids');
    expect(strings.join(' ')).not.to.contain('18-64');
  });
});

describe('<carepath-screener>: by keyboard alone', () => {
  // Enter on a link must not take the test page away if the walk goes wrong.
  const stay = (event: Event) => {
    if ((event.composedPath()[0] as Element).localName === 'a') event.preventDefault();
  };
  before(() => window.addEventListener('click', stay));
  after(() => window.removeEventListener('click', stay));

  it('goes from the intro to a result with Tab, arrows, Space and Enter', async () => {
    const el = await fixture<CarepathScreener>(
      html`<carepath-screener cta-href="/contact" phone="+1-206-555-0123"></carepath-screener>`,
    );
    const start = $<HTMLButtonElement>(el, '[part="intro"] button[part="next"]')!;
    (document.activeElement as HTMLElement | null)?.blur();
    for (let i = 0; i < 6 && focused(el) !== start; i++) await sendKeys({ press: 'Tab' });
    isFocused(el, start, 'Tab reaches Start');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;

    const pick = async (key: string, arrows: number) => {
      expect(question(el)).to.equal(key);
      isFocused(el, $(el, 'legend h2'));
      await sendKeys({ press: 'Tab' });
      for (let i = 0; i < arrows; i++) await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    };
    const checked = () => root(el).querySelector<HTMLInputElement>('input:checked')?.value;

    await pick('for', 0);
    // Arrowing through every danger option checks each one in turn, and never leaves the screen.
    expect(question(el)).to.equal('danger');
    await sendKeys({ press: 'Tab' });
    const seen = new Set<string>();
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      await nextFrame();
      expect(question(el)).to.equal('danger');
      seen.add(checked()!);
    }
    expect([...seen].sort()).to.deep.equal(['medical', 'no', 'suicide', 'violence']);
    while (checked() !== 'no') await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;

    await pick('age', 1);
    expect(root(el).querySelector('legend')).to.exist;
    await pick('pregnant', 0);
    // Substances: checkboxes, Tab between them and Space (' ') to tick.
    expect(question(el)).to.equal('substances');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    for (const [key, arrows] of [
      ['frequency', 3],
      ['withdrawal', 0],
      ['health', 0],
      ['history', 0],
      ['home', 0],
      ['hours', 1],
    ] as const) {
      await pick(key, arrows);
    }
    expect(result(el)!.dataset.kind).to.equal('level');
    expect(result(el)!.dataset.level).to.equal('2.1');
    isFocused(el, $(el, '[part="result"] h2'));
    // On to the clinic's call to action, then Back by keyboard.
    let steps = 0;
    while (focused(el) !== $(el, '[part="cta"]') && steps++ < 5) await sendKeys({ press: 'Tab' });
    isFocused(el, $(el, '[part="cta"]'));
    const back = $<HTMLButtonElement>(el, '[part="back"]')!;
    back.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(question(el)).to.equal('hours');
  });
});

describe('<carepath-screener>: results', () => {
  it('shows a level: plain words, what it involves, reasons, the call to action and the disclaimer', async () => {
    const el = await fixture<CarepathScreener>(
      html`<carepath-screener cta-href="/contact" cta-label="Request a call back"></carepath-screener>`,
    );
    await walk(el, IOP);
    const r = result(el)!;
    expect(r.dataset.kind).to.equal('level');
    expect(r.dataset.level).to.equal('2.1');
    expect(words(r.querySelector('h2'))).to.equal('Suggested starting point: Intensive outpatient');
    isFocused(el, r.querySelector('h2'));
    const text = words(r);
    expect(text).to.contain('Level 2.1');
    expect(text).to.contain('9–19');
    expect(text).to.contain('How often, now? Daily or almost daily');
    expect(text).to.contain('not a diagnosis');
    expect(text).to.contain('a licensed professional decides with a full assessment');
    expect(text, 'nothing said about availability without offered').not.to.contain('Offered here');
    const cta = $<HTMLAnchorElement>(el, 'a[part="cta"]')!;
    expect(cta.getAttribute('href')).to.equal('/contact');
    expect(words(cta)).to.equal('Request a call back');
    expect(words($(el, '[role="status"]'))).to.equal('Suggested starting point: Intensive outpatient');
    await expect(el).to.be.accessible();
  });

  it('offers the crisis resources on a level result: 911, 988 by call, text and chat, Spanish, ASL, SAMHSA, US only', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await walk(el, IOP);
    const help = $(el, '.help')!;
    const hrefs = [...help.querySelectorAll('a')].map((a) => `${a.getAttribute('href')} ${a.textContent}`);
    expect(hrefs).to.include.members([
      'tel:911 911',
      'tel:988 988',
      'sms:988 988',
      'https://988lifeline.org/chat/ 988lifeline.org',
      'tel:+18006624357 1-800-662-4357',
      'tel:+18004874889 1-800-487-4889',
    ]);
    const text = words(help);
    expect(text).to.contain('In Spanish: press 2, or text AYUDA to 988.');
    expect(text).to.contain('ASL videophone');
    expect(text).to.contain('SAMHSA National Helpline');
    expect(text).to.contain('Phone lines are for the United States.');
  });

  it('says honestly when the clinic does not offer the level, pointing to the helpline and FindTreatment.gov', async () => {
    const el = await fixture<CarepathScreener>(
      html`<carepath-screener offered="outpatient" phone="+1-206-555-0123"></carepath-screener>`,
    );
    await walk(el, IOP);
    const text = words(result(el));
    expect(text).to.contain('Not offered here');
    const hrefs = [...result(el)!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include.members(['tel:+18006624357', 'https://findtreatment.gov/', 'tel:+12065550123']);
    expect(text, 'never a lower level').not.to.contain('Outpatient ·');
    expect(text).not.to.contain('Level 1');
    await expect(el).to.be.accessible();
  });

  it('says "Offered here" when the clinic offers it', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener offered="1 iop"></carepath-screener>`);
    await walk(el, IOP);
    expect(words($(el, '.badge'))).to.equal('Offered here');
  });

  it('adds the MOUD note and the hours note for a level', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await walk(el, { ...IOP, substances: ['opioids'], hours: 'under9' });
    const text = words(result(el));
    expect(result(el)!.dataset.level).to.equal('2.1');
    expect(text).to.contain('buprenorphine, methadone, naltrexone');
    expect(text).to.contain('evening and virtual options');
  });

  it('at residential with too few hours, offers to talk through a stay, never a lower option', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await walk(el, { ...IOP, frequency: 'less-than-weekly', home: 'unsafe', hours: 'under9' });
    const r = result(el)!;
    expect(r.dataset.level).to.equal('3.5');
    const text = words(r);
    expect(text).to.contain('work, family or cost');
    expect(text).not.to.contain('evening and virtual');
    expect(text).to.contain("What is home like? Others drink or use there, or it isn't safe");
  });

  it('shows edition 4 names: outpatient is Level 1.5', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener edition="4"></carepath-screener>`);
    await walk(el, { ...IOP, frequency: 'less-than-weekly' });
    const r = result(el)!;
    expect(r.dataset.level).to.equal('1');
    expect(words(r.querySelector('h2'))).to.equal('Suggested starting point: Outpatient therapy');
    expect(words(r)).to.contain('Level 1.5');
    expect(words(r)).to.contain('Details: ask the clinic');
  });

  it('medical first: the exact sentence, the reasons, the clinic phone, no level details', async () => {
    const el = await fixture<CarepathScreener>(
      html`<carepath-screener phone="+1-206-555-0123" cta-href="/contact"></carepath-screener>`,
    );
    await walk(el, SEIZURE);
    const r = result(el)!;
    expect(r.dataset.kind).to.equal('medical-first');
    expect(r.dataset.level).to.equal('3.7');
    const text = words(r);
    expect(text).to.contain(
      'Talk to a doctor before stopping or cutting down: stopping suddenly can be dangerous. You may need medically supervised withdrawal; a doctor decides whether that happens at home, in a day program or during a stay.',
    );
    expect(text).to.contain('What happens when you stop or cut down? Ever a seizure or delirium (DTs)');
    expect(text).not.to.contain('Level 3.7');
    expect(text).not.to.contain('Suggested starting point');
    expect($(el, 'a[href="tel:+12065550123"]')).to.exist;
    none($(el, 'a[href="/contact"]'), 'the clinic phone only');
    expect($(el, '.help a[href="tel:911"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  for (const [danger, order] of [
    ['suicide', ['tel:988', 'tel:911']],
    ['medical', ['tel:911', 'tel:988']],
    ['violence', ['tel:911', 'tel:988']],
  ] as const) {
    it(`crisis (${danger}): ${order[0].slice(4)} first, then the other, overdose signs, the clinic's phone, no cta-href`, async () => {
      const el = await fixture<CarepathScreener>(
        html`<carepath-screener cta-href="/contact" phone="+1-206-555-0123"></carepath-screener>`,
      );
      const asked = await walk(el, { for: 'self', danger });
      expect(asked).to.deep.equal(['for', 'danger']);
      const r = result(el)!;
      expect(r.dataset.kind).to.equal('crisis');
      expect(r.hasAttribute('data-level')).to.equal(false);
      const first = [...r.querySelectorAll('.help > ul > li')].map(
        (li) => li.querySelector('a')!.getAttribute('href'),
      );
      expect(first).to.deep.equal(order);
      const links = [...r.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links.indexOf('tel:+12065550123'), 'the clinic second').to.be.greaterThan(links.indexOf('tel:988'));
      expect(links.indexOf('tel:+12065550123')).to.be.greaterThan(links.indexOf('tel:911'));
      expect(links).not.to.include('/contact');
      const text = words(r);
      expect(text).to.contain('Slow or stopped breathing');
      expect(text).to.contain('Give naloxone if you have it.');
      expect(text).to.contain('Stay with the person.');
      isFocused(el, r.querySelector('h2'));
      await expect(el).to.be.accessible();
    });
  }

  it('Back from the crisis screen returns to the danger question', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await walk(el, { for: 'self', danger: 'medical' });
    $<HTMLButtonElement>(el, 'button[part="back"]')!.click();
    await el.updateComplete;
    expect(question(el)).to.equal('danger');
    expect($<HTMLInputElement>(el, 'input[value="medical"]')!.checked).to.equal(true);
    isFocused(el, $(el, 'legend h2'));
  });

  it('youth: a clinician who treats young people, no sudden stop, overdose signs, 988 for all ages', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener cta-href="/contact"></carepath-screener>`);
    const asked = await walk(el, { for: 'self', danger: 'no', age: 'under18' });
    expect(asked).to.deep.equal(['for', 'danger', 'age']);
    const r = result(el)!;
    expect(r.dataset.kind).to.equal('youth');
    expect(r.hasAttribute('data-level')).to.equal(false);
    const text = words(r);
    expect(text).to.contain('Talk with a clinician who treats young people');
    expect(text).to.contain('A pediatrician or school counselor can help find one.');
    expect(text).to.contain("Don't stop alcohol or sedatives suddenly without a doctor");
    expect(text).to.contain('The 988 Lifeline serves all ages.');
    expect(text).to.contain('Signs of an overdose');
    expect(text).to.contain('SAMHSA National Helpline');
    none($(el, 'a[href="/contact"]'));
    await expect(el).to.be.accessible();
  });

  it('uses "they" wording for someone else (youth: for a parent)', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await startScreener(el);
    await answer(el, 'other');
    await answer(el, 'no');
    expect(words($(el, 'legend h2'))).to.equal('How old is the person?');
    await answer(el, 'under18');
    const text = words(result(el));
    expect(text).to.contain("They shouldn't stop alcohol or sedatives suddenly without a doctor");
    expect(text).not.to.contain("Don't stop");
  });

  it('uses "they" wording on the medical-first result for someone else', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await walk(el, { ...SEIZURE, for: 'other' });
    const text = words(result(el));
    expect(text).to.contain('They should talk to a doctor before stopping or cutting down');
    expect(text).to.contain('They may need medically supervised withdrawal');
  });

  it('results are accessible in dark', async () => {
    const el = await fixture<CarepathScreener>(
      html`<carepath-screener theme="dark" offered="1" phone="+1-206-555-0123"></carepath-screener>`,
    );
    await walk(el, IOP);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'button[part="restart"]')!.click();
    await el.updateComplete;
    await walk(el, { for: 'self', danger: 'suicide' });
    await expect(el).to.be.accessible();
  });
});

describe('<carepath-screener>: Spanish', () => {
  it('speaks "usted" and "esa persona"', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener lang="es"></carepath-screener>`);
    await startScreener(el);
    expect(words($(el, '[part="progress"]'))).to.equal('Pregunta 1 de 11');
    expect(words($(el, 'legend h2'))).to.equal('¿Para quién es?');
    await answer(el, 'self');
    await answer(el, 'no');
    expect(words($(el, 'legend h2'))).to.equal('¿Qué edad tiene usted?');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'button[part="restart"]')!.click();
    await el.updateComplete;
    await startScreener(el);
    await answer(el, 'other');
    await answer(el, 'no');
    expect(words($(el, 'legend h2'))).to.equal('¿Qué edad tiene esa persona?');
  });

  it('shows each result in Spanish, accessible, with "text AYUDA" beside sms:988', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener lang="es" offered="2.1"></carepath-screener>`);
    await walk(el, IOP);
    const text = words(result(el));
    expect(text).to.contain('Punto de partida sugerido: Programa ambulatorio intensivo');
    expect(text).to.contain('Disponible aquí');
    expect(text).to.contain('oprima 2, o envíe AYUDA al 988');
    const sms = [...result(el)!.querySelectorAll('a[href="sms:988"]')];
    expect(sms.some((a) => words(a.parentElement).includes('envíe AYUDA al 988'))).to.equal(true);
    await expect(el).to.be.accessible();
    for (const given of [SEIZURE, { for: 'other', danger: 'violence' }, { for: 'self', danger: 'no', age: 'under18' }]) {
      $<HTMLButtonElement>(el, 'button[part="restart"]')!.click();
      await el.updateComplete;
      await walk(el, given);
      await expect(el).to.be.accessible();
    }
    expect(words(result(el))).to.contain('No deje el alcohol ni los sedantes de repente');
  });

  it('says the medical-first sentence to "esa persona"', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener lang="es"></carepath-screener>`);
    await walk(el, { ...SEIZURE, for: 'other' });
    expect(words(result(el))).to.contain('Es posible que esa persona necesite manejo de la abstinencia con supervisión médica');
  });
});

describe('<carepath-screener>: events', () => {
  it('fires carepath-complete with an empty detail by default', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    const seen = await eventsDuring(() => walk(el, IOP).then(() => undefined));
    expect(seen).to.deep.equal([{ type: 'carepath-complete', detail: {} }]);
  });

  it('bubbles out of the shadow root and the page', async () => {
    const holder = await fixture(html`<section><carepath-screener></carepath-screener></section>`);
    const el = holder.querySelector('carepath-screener')!;
    let event: CustomEvent | null = null;
    holder.addEventListener('carepath-complete', (e) => (event = e as CustomEvent));
    await walk(el, { for: 'self', danger: 'suicide' });
    expect(event !== null, 'an event reached the page').to.equal(true);
    expect(event!.bubbles && event!.composed).to.equal(true);
  });

  it('with share-result, carries { kind, level } for level and medical-first only', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener share-result></carepath-screener>`);
    const cases: Array<[Given, object]> = [
      [IOP, { kind: 'level', level: '2.1' }],
      [SEIZURE, { kind: 'medical-first', level: '3.7' }],
      [{ for: 'self', danger: 'suicide' }, {}],
      [{ for: 'self', danger: 'no', age: 'under18' }, {}],
    ];
    for (const [given, detail] of cases) {
      const seen = await eventsDuring(() => walk(el, given).then(() => undefined));
      expect(seen).to.deep.equal([{ type: 'carepath-complete', detail }]);
      $<HTMLButtonElement>(el, 'button[part="restart"]')!.click();
      await el.updateComplete;
    }
  });

  it('never shares while Global Privacy Control is on', async () => {
    const own = Object.getOwnPropertyDescriptor(navigator, 'globalPrivacyControl');
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => true });
    try {
      const el = await fixture<CarepathScreener>(html`<carepath-screener share-result></carepath-screener>`);
      const seen = await eventsDuring(() => walk(el, IOP).then(() => undefined));
      expect(seen).to.deep.equal([{ type: 'carepath-complete', detail: {} }]);
    } finally {
      if (own) Object.defineProperty(navigator, 'globalPrivacyControl', own);
      else delete (navigator as unknown as Record<string, unknown>).globalPrivacyControl;
    }
    expect((navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl).not.to.equal(true);
  });

  it('fires carepath-cta for the clinic link and phone, nothing for crisis and helpline links', async () => {
    const el = await fixture<CarepathScreener>(
      html`<carepath-screener offered="1" cta-href="/contact" phone="+1-206-555-0123"></carepath-screener>`,
    );
    await walk(el, IOP);
    const clinic = ['/contact', 'tel:+12065550123'];
    const anchors = [...root(el).querySelectorAll<HTMLAnchorElement>('a')];
    const help = anchors.filter((a) => !clinic.includes(a.getAttribute('href')!));
    expect(help.map((a) => a.getAttribute('href'))).to.include.members([
      'tel:911', 'tel:988', 'sms:988', 'https://988lifeline.org/chat/', 'tel:+18006624357', 'tel:+18004874889', 'https://findtreatment.gov/',
    ]);
    const quiet = await eventsDuring(() => help.forEach(clickLink));
    expect(quiet).to.deep.equal([]);
    for (const href of clinic) {
      const seen = await eventsDuring(() => clickLink($<HTMLAnchorElement>(el, `a[href="${href}"]`)!));
      expect(seen, href).to.deep.equal([{ type: 'carepath-cta', detail: {} }]);
    }
  });

  it('the crisis screen fires nothing, even for the clinic phone', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener phone="+1-206-555-0123"></carepath-screener>`);
    await walk(el, { for: 'self', danger: 'medical' });
    const quiet = await eventsDuring(() =>
      root(el).querySelectorAll<HTMLAnchorElement>('a').forEach(clickLink),
    );
    expect(quiet).to.deep.equal([]);
  });
});

describe('<carepath-screener>: the ladder link', () => {
  it('shows the suggested rung on the linked ladder, without touching the URL', async () => {
    const holder = await fixture(html`<div>
      <carepath-ladder id="levels"></carepath-ladder>
      <carepath-screener ladder="levels"></carepath-screener>
    </div>`);
    const ladder = holder.querySelector<CarepathLadder>('carepath-ladder')!;
    const el = holder.querySelector<CarepathScreener>('carepath-screener')!;
    const url = location.href;
    const length = history.length;
    await walk(el, IOP);
    const button = [...root(el).querySelectorAll('button')].find((b) => words(b).includes('ladder'))!;
    expect(words(button)).to.equal('Show it on the levels-of-care ladder');
    button.click();
    await ladder.updateComplete;
    await nextFrame();
    expect(ladder.highlight).to.equal('2.1');
    expect(ladder.hasAttribute('highlight'), 'not reflected').to.equal(false);
    expect(words(ladder.shadowRoot!.activeElement)).to.contain('Intensive outpatient');
    expect(location.href).to.equal(url);
    expect(history.length).to.equal(length);
  });

  it('calls showSuggestion with the level on any element that has it', async () => {
    if (!customElements.get('fake-ladder-for-screener')) {
      customElements.define(
        'fake-ladder-for-screener',
        class extends HTMLElement {
          calls: string[] = [];
          showSuggestion(level: string) {
            this.calls.push(level);
          }
        },
      );
    }
    const holder = await fixture(html`<div>
      <fake-ladder-for-screener id="fake"></fake-ladder-for-screener>
      <carepath-screener ladder="fake"></carepath-screener>
    </div>`);
    const el = holder.querySelector<CarepathScreener>('carepath-screener')!;
    await walk(el, { ...IOP, health: 'very-hard', frequency: 'weekly' });
    [...root(el).querySelectorAll('button')].find((b) => words(b).includes('ladder'))!.click();
    expect((holder.querySelector('#fake') as unknown as { calls: string[] }).calls).to.deep.equal(['2.5']);
  });

  it('warns and shows no link when the ladder is missing; crisis never offers it', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<CarepathScreener>(html`<carepath-screener ladder="nowhere"></carepath-screener>`);
      await walk(el, IOP);
      expect([...root(el).querySelectorAll('button')].some((b) => words(b).includes('ladder'))).to.equal(false);
      expect(warnings.join('\n')).to.contain('carepath: <carepath-screener> ladder:');
    } finally {
      console.warn = warn;
    }
  });
});

/** A manual clock for the idle timers. */
function manualClock() {
  const real = { ...idleClock };
  let now = 0;
  let next = 0;
  const pending = new Map<number, { at: number; run: () => void }>();
  idleClock.set = (run, ms) => {
    pending.set(++next, { at: now + ms, run });
    return next;
  };
  idleClock.clear = (id) => void pending.delete(id as number);
  return {
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at <= now && pending.delete(id)) timer.run();
      }
    },
    restore: () => Object.assign(idleClock, real),
  };
}

describe('<carepath-screener>: the 20-minute wipe', () => {
  const MIN = 60_000;
  let clock: ReturnType<typeof manualClock>;
  beforeEach(() => (clock = manualClock()));
  afterEach(() => clock.restore());

  it('warns at 19 idle minutes, keeps on request (again and again), and wipes at 20', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await walkTo(el, 'pregnant');
    clock.advance(19 * MIN - 1);
    await el.updateComplete;
    none($(el, '[role="alert"]'));
    clock.advance(1);
    await el.updateComplete;
    const notice = $(el, '[role="alert"]')!;
    expect(words(notice)).to.contain('these answers will be cleared in 1 minute');
    await expect(el).to.be.accessible();
    for (let i = 0; i < 3; i++) {
      const keep = $<HTMLButtonElement>(el, '[role="alert"] button')!;
      expect(words(keep)).to.equal('Keep my answers');
      keep.click();
      await el.updateComplete;
      none($(el, '[role="alert"]'));
      expect(question(el), 'still on the same question').to.equal('pregnant');
      clock.advance(19 * MIN);
      await el.updateComplete;
      expect($(el, '[role="alert"]'), `notice again (${i})`).to.exist;
    }
    clock.advance(MIN);
    await el.updateComplete;
    expect($(el, '[part="intro"]')).to.exist;
    expect(words($(el, '[part="intro"]'))).to.contain('Answers cleared after 20 idle minutes.');
    await startScreener(el);
    expect(root(el).querySelectorAll('input:checked').length).to.equal(0);
    await answer(el, 'self');
    expect(root(el).querySelectorAll('input:checked').length).to.equal(0);
  });

  it('any interaction restarts the idle time', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await walkTo(el, 'age');
    clock.advance(18 * MIN);
    $(el, 'legend h2')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true, composed: true }));
    clock.advance(18 * MIN);
    await el.updateComplete;
    none($(el, '[role="alert"]'));
    $(el, 'input')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    clock.advance(18 * MIN);
    await el.updateComplete;
    none($(el, '[role="alert"]'));
    expect(question(el)).to.equal('age');
    clock.advance(2 * MIN);
    await el.updateComplete;
    expect($(el, '[part="intro"]'), 'then 20 idle minutes wipe').to.exist;
  });

  it('runs no timer when there is nothing to wipe', async () => {
    const el = await fixture<CarepathScreener>(html`<carepath-screener></carepath-screener>`);
    await startScreener(el);
    clock.advance(60 * MIN);
    await el.updateComplete;
    expect(question(el)).to.equal('for');
    none($(el, '[role="alert"]'));
  });
});

/** Watches for everything the elements must never do (DESIGN §2). */
function watchdogs() {
  const calls: string[] = [];
  const undo: Array<() => void> = [];
  const swap = (target: object, key: string, value: unknown) => {
    const own = Object.getOwnPropertyDescriptor(target, key);
    Object.defineProperty(target, key, { configurable: true, writable: true, value });
    undo.push(() => (own ? Object.defineProperty(target, key, own) : delete (target as Record<string, unknown>)[key]));
  };
  const accessor = (target: object, key: string, get: () => unknown) => {
    Object.defineProperty(target, key, { configurable: true, get, set: () => void calls.push(key) });
    undo.push(() => delete (target as Record<string, unknown>)[key]);
  };
  const record = (name: string, value?: unknown) =>
    function () {
      calls.push(name);
      return value;
    };
  swap(window, 'fetch', record('fetch', Promise.resolve(new Response(''))));
  swap(XMLHttpRequest.prototype, 'open', record('xhr'));
  swap(XMLHttpRequest.prototype, 'send', record('xhr'));
  swap(navigator, 'sendBeacon', record('sendBeacon', true));
  swap(window, 'WebSocket', record('WebSocket'));
  swap(Storage.prototype, 'setItem', record('setItem'));
  swap(history, 'pushState', record('pushState'));
  swap(history, 'replaceState', record('replaceState'));
  const title = document.title;
  accessor(document, 'cookie', () => '');
  accessor(document, 'title', () => title);
  const url = location.href;
  const length = history.length;
  const attributes = new MutationObserver((records) =>
    records.forEach((r) => calls.push(`attribute ${r.attributeName} on <${(r.target as Element).localName}>`)),
  );
  attributes.observe(document, { attributes: true, subtree: true });
  const resources = new PerformanceObserver((list) =>
    list.getEntries().forEach((entry) => calls.push(`request ${entry.name}`)),
  );
  resources.observe({ type: 'resource' });
  return {
    calls,
    /** Everything seen so far, after pending records are delivered. */
    async seen(): Promise<string[]> {
      await new Promise((resolve) => setTimeout(resolve, 50));
      attributes.takeRecords().forEach((r) => calls.push(`attribute ${r.attributeName}`));
      resources.takeRecords().forEach((entry) => calls.push(`request ${entry.name}`));
      if (location.href !== url) calls.push('url');
      if (history.length !== length) calls.push('history');
      return calls;
    },
    stop() {
      attributes.disconnect();
      resources.disconnect();
      undo.reverse().forEach((run) => run());
    },
  };
}

describe('<carepath-screener>: privacy watchdogs', () => {
  it('a full visit makes no request, storage write, cookie, title, URL, history or page attribute change', async () => {
    const el = await fixture<CarepathScreener>(
      html`<carepath-screener offered="1" cta-href="/contact" phone="+1-206-555-0123" ladder="nowhere" share-result></carepath-screener>`,
    );
    const dog = watchdogs();
    const warn = console.warn;
    console.warn = () => {};
    try {
      await walk(el, { ...IOP, substances: ['opioids', 'sedatives'], hours: 'under9' });
      root(el).querySelectorAll<HTMLAnchorElement>('a').forEach(clickLink);
      $<HTMLButtonElement>(el, 'button[part="back"]')!.click();
      await el.updateComplete;
      await answer(el, 'residential');
      $<HTMLButtonElement>(el, 'button[part="restart"]')!.click();
      await el.updateComplete;
      await walk(el, { for: 'other', danger: 'suicide' });
      root(el).querySelectorAll<HTMLAnchorElement>('a').forEach(clickLink);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      await el.updateComplete;
      await walk(el, { for: 'self', danger: 'no', age: 'under18' });
      expect(await dog.seen()).to.deep.equal([]);
    } finally {
      console.warn = warn;
      dog.stop();
    }
  });

  // Each watchdog is shown to catch a deliberately faulty control.
  it('catches a request (fetch, XHR, beacon, WebSocket, an image load)', async () => {
    const dog = watchdogs();
    try {
      void fetch('/never');
      const xhr = new XMLHttpRequest();
      xhr.open('GET', '/never');
      xhr.send();
      navigator.sendBeacon('/never', 'x');
      new (window.WebSocket as unknown as new (url: string) => unknown)('ws://127.0.0.1:1/');
      await new Promise((resolve) => {
        const image = new Image();
        image.onload = image.onerror = resolve;
        image.src = `/package.json?watchdog-probe=${Date.now()}`;
      });
      const seen = await dog.seen();
      expect(seen.slice(0, 5)).to.deep.equal(['fetch', 'xhr', 'xhr', 'sendBeacon', 'WebSocket']);
      expect(seen.some((call) => call.startsWith('request ') && call.includes('watchdog-probe'))).to.equal(true);
    } finally {
      dog.stop();
    }
  });

  it('catches a storage write and a cookie', async () => {
    const dog = watchdogs();
    try {
      localStorage.setItem('carepath-watchdog', 'x');
      sessionStorage.setItem('carepath-watchdog', 'x');
      document.cookie = 'carepath-watchdog=x';
      expect(await dog.seen()).to.deep.equal(['setItem', 'setItem', 'cookie']);
    } finally {
      dog.stop();
    }
    expect(localStorage.getItem('carepath-watchdog'), 'blocked, not written').to.equal(null);
  });

  it('catches a title, history, URL and page attribute change', async () => {
    const dog = watchdogs();
    const title = document.title;
    try {
      document.title = 'Answers: daily';
      history.pushState({}, '', '#a');
      history.replaceState({}, '', '#b');
      document.body.setAttribute('data-watchdog', 'x');
      expect(await dog.seen()).to.deep.equal([
        'title',
        'pushState',
        'replaceState',
        'attribute data-watchdog on <body>',
      ]);
    } finally {
      dog.stop();
      document.body.removeAttribute('data-watchdog');
    }
    expect(document.title).to.equal(title);
    const dog2 = watchdogs();
    try {
      dog2.stop(); // the real pushState again
      history.pushState({}, '', location.pathname + location.search + '#watchdog');
      expect((await dog2.seen()).filter((c) => c === 'url' || c === 'history')).to.deep.equal(['url', 'history']);
    } finally {
      history.back();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
});

/** Starts and answers with IOP until `key` is the question shown. */
async function walkTo(el: CarepathScreener, key: string): Promise<void> {
  await startScreener(el);
  while (question(el) !== key) await answer(el, IOP[question(el)!]);
}
