import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/carepath.js';
import { COMMON } from '../src/i18n/common.js';
import { COMPARE } from '../src/i18n/compare.js';
import { LADDER } from '../src/i18n/ladder.js';
import { SCREENER } from '../src/i18n/screener.js';
import * as levels from '../src/content/levels.js';
import * as rungs from '../src/content/rungs.js';
import * as programs from '../src/content/programs.js';
import * as crisis from '../src/content/crisis.js';
import { idleClock } from '../src/screener/screener.js';
import type { CarepathScreener } from '../src/screener/screener.js';

/**
 * In Spanish, no visible text may be English: every element is rendered with `lang="es"` in its
 * main states, every text node (and accessible-name attribute) of its shadow root is collected, and
 * none may equal, or contain, a string of the English catalogue. Strings that are the same in both
 * languages (911, 988, TTY, IOP, codes) are language-neutral and allowed, and so is the clinic's name.
 */

/* ---------- The English catalogue ---------- */

/** English strings whose Spanish differs, pairing the two catalogues (or a `{ en, es }`) leaf by leaf. */
function englishOf(en: unknown, es: unknown, out: Set<string>): void {
  if (typeof en === 'string') {
    if (typeof es !== 'string' || es !== en) out.add(en);
  } else if (Array.isArray(en)) {
    en.forEach((item, i) => englishOf(item, Array.isArray(es) ? es[i] : undefined, out));
  } else if (en && typeof en === 'object') {
    for (const [key, value] of Object.entries(en)) englishOf(value, (es as Record<string, unknown> | undefined)?.[key], out);
  }
}

/** Every `{ en, es }` pair anywhere in a content module. */
function bilingualIn(node: unknown, out: Set<string>, seen = new Set<unknown>()): void {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  const pair = node as { en?: unknown; es?: unknown };
  if (typeof pair.en === 'string' && typeof pair.es === 'string') {
    englishOf(pair.en, pair.es, out);
    return;
  }
  for (const value of Object.values(node)) bilingualIn(value, out, seen);
}

const english = new Set<string>();
englishOf(COMMON.en, COMMON.es, english);
englishOf(COMPARE.en, COMPARE.es, english);
englishOf(LADDER.en, LADDER.es, english);
englishOf(SCREENER.en, SCREENER.es, english);
for (const module of [levels, rungs, programs, crisis]) bilingualIn(module, english);

/** Names, numbers and codes that read the same in both languages. */
const NEUTRAL = new Set(['Sample Recovery Center', 'IOP', 'PHP', 'TTY', 'SAMHSA', 'ASAM', 'FindTreatment.gov', '988lifeline.org']);

/** The pieces of text a template puts on screen: both person forms, split around `{placeholders}`. */
const fragments = [
  ...new Set(
    [...english].flatMap((text) =>
      [0, 1].flatMap((form) =>
        text
          .replace(/\[([^|\]]*)\|([^\]]*)\]/g, (_, you: string, they: string) => (form ? they : you))
          .split(/\{\w+\}/)
          .map((piece) => piece.replace(/\s+/g, ' ').trim()),
      ),
    ),
  ),
].filter((piece) => (piece.match(/\p{L}/gu) ?? []).length >= 3 && !NEUTRAL.has(piece));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = fragments.map((piece) => ({
  piece,
  // Whole words only: "Level" is English, "Nivel" is not.
  pattern: new RegExp(`(^|[^\\p{L}])${escape(piece)}($|[^\\p{L}])`, 'u'),
}));

/* ---------- What a visitor sees ---------- */

/** Text nodes and accessible-name attributes of a shadow root, squashed, without styles. */
function visibleText(root: ShadowRoot): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.parentElement?.closest('style')) continue;
      out.push(node.textContent!);
    } else {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription']) {
        const value = (node as Element).getAttribute(name);
        if (value) out.push(value);
      }
    }
  }
  return out.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => /\p{L}/u.test(text) && !NEUTRAL.has(text));
}

/** Each English piece found in the texts, with where it was seen. */
function englishIn(texts: string[], where: string): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const { piece, pattern } of patterns) {
      if (text === piece || pattern.test(text)) found.push(`${where}: "${text}" has English "${piece}"`);
    }
  }
  return found;
}

const found: string[] = [];
const look = (element: Element, where: string) => found.push(...englishIn(visibleText(element.shadowRoot!), where));

async function render<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const element = await fixture<T>(template);
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

/** Opens every rung of a ladder. */
async function openAll(ladder: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  for (const button of Array.from(ladder.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="rung-button"]'))) {
    button.click();
  }
  await ladder.updateComplete;
}

/** Answers the screener's current question with `values` and presses Next. */
async function answer(screener: CarepathScreener, ...values: string[]): Promise<void> {
  const root = screener.shadowRoot!;
  for (const value of values) {
    const input = root.querySelector<HTMLInputElement>(`fieldset[data-question] input[value="${value}"]`);
    if (!input) throw new Error(`no answer "${value}" on this screen`);
    input.checked = true;
  }
  root.querySelector<HTMLButtonElement>('form [part~="next"]')!.click();
  await screener.updateComplete;
}

async function start(attributes: TemplateResult): Promise<CarepathScreener> {
  const holder = await fixture(attributes);
  const screener = holder.querySelector('carepath-screener') ?? (holder as CarepathScreener);
  await screener.updateComplete;
  screener.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"]')!.click();
  await screener.updateComplete;
  return screener;
}

describe('Spanish mode shows no English', () => {
  beforeEach(() => found.splice(0));

  it('the checker itself finds English in English mode', async () => {
    const ladder = await render<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<carepath-ladder lang="en" offered="1 2.1" highlight="iop"></carepath-ladder>`,
    );
    await openAll(ladder);
    look(ladder, 'ladder en');
    expect(fragments.length).to.be.greaterThan(150);
    expect(found.join('\n')).to.contain('"Levels of care"');
    expect(found.join('\n')).to.contain('"Offered here"');
  });

  it('the checker finds English that reaches a Spanish page, here through a clinic override', async () => {
    const ladder = await render(html`<carepath-ladder lang="es">
      <script type="application/json">{ "levels": { "2.1": { "name": "Intensive outpatient" } } }</script>
    </carepath-ladder>`);
    look(ladder, 'ladder es with an English override');
    expect(found).to.deep.equal(['ladder es with an English override: "Intensive outpatient" has English "Intensive outpatient"']);
  });

  it('<carepath-compare lang="es">, default, every program, edition 4, with and without the clinic', async () => {
    look(await render(html`<carepath-compare lang="es"></carepath-compare>`), 'compare default');
    look(
      await render(html`<carepath-compare
        lang="es"
        programs="early outpatient iop php residential inpatient"
        offered="1 2.1"
        highlight="iop"
        clinic-name="Sample Recovery Center"
        phone="+1-206-555-0123"
        cta-href="/contacto"
      ></carepath-compare>`),
      'compare all programs',
    );
    look(
      await render(html`<carepath-compare lang="es" edition="4" programs="outpatient iop php residential inpatient" cta-href="/contacto"></carepath-compare>`),
      'compare edition 4',
    );
    look(
      await render(html`<carepath-compare lang="es" phone="+1-206-555-0123" theme="dark">
        <script type="application/json">{ "programs": { "iop": { "hours": [9, 12] }, "outpatient": { "hours": 1 } } }</script>
      </carepath-compare>`),
      'compare with clinic hours',
    );
    expect(found).to.deep.equal([]);
  });

  it('<carepath-ladder lang="es">, both editions, every rung open', async () => {
    type Ladder = HTMLElement & { updateComplete: Promise<unknown> };
    const three = await render<Ladder>(html`<carepath-ladder
      lang="es"
      offered="1 2.1"
      highlight="iop"
      clinic-name="Sample Recovery Center"
      phone="+1-206-555-0123"
      cta-href="/contacto"
      cta-label="Pida una llamada"
    ></carepath-ladder>`);
    await openAll(three);
    look(three, 'ladder edition 3');
    const four = await render<Ladder>(html`<carepath-ladder lang="es" edition="4" offered="1.5 2.1"></carepath-ladder>`);
    await openAll(four);
    look(four, 'ladder edition 4');
    look(await render(html`<carepath-ladder lang="es" clinic-name="Sample Recovery Center" cta-href="/contacto"></carepath-ladder>`), 'ladder with link only');
    expect(found).to.deep.equal([]);
  });

  it('<carepath-screener lang="es">: the first screen, every question for oneself and for someone else, and the error', async () => {
    const intro = await render<CarepathScreener>(html`<carepath-screener lang="es"></carepath-screener>`);
    look(intro, 'screener first screen');

    for (const who of ['self', 'other']) {
      const screener = await start(html`<carepath-screener lang="es"></carepath-screener>`);
      const path = [[who], ['no'], ['18-64'], ['no'], ['alcohol', 'opioids'], ['weekly'], ['none'], ['none'], ['first'], ['supportive']];
      for (const [i, values] of path.entries()) {
        look(screener, `question ${i + 1} (${who})`);
        await answer(screener, ...values);
      }
      look(screener, `question 11 (${who})`);
      // Next without an answer: the error.
      screener.shadowRoot!.querySelector<HTMLButtonElement>('form [part~="next"]')!.click();
      await screener.updateComplete;
      look(screener, `unanswered (${who})`);
    }
    expect(found).to.deep.equal([]);
  });

  it('<carepath-screener lang="es">: crisis, youth, medical-first and level results, notes and the idle notice', async () => {
    type Path = string[][];
    // [what, answers, offered, the result's data-kind and data-level as DESIGN §4 gives them]
    const runs: Array<[string, Path, string, string]> = [
      ['crisis, suicide', [['self'], ['suicide']], '', 'crisis'],
      ['crisis, medical, for someone else', [['other'], ['medical']], '', 'crisis'],
      ['crisis, violence', [['self'], ['violence']], '', 'crisis'],
      ['youth, for someone else', [['other'], ['no'], ['under18']], '', 'youth'],
      ['medical first', [['self'], ['no'], ['18-64'], ['no'], ['alcohol'], ['daily'], ['seizure'], ['none'], ['first'], ['supportive'], ['under9']], '', 'medical-first 3.7'],
      // Daily opioids, under 9 hours: IOP with the MOUD note and the evening/virtual note; not offered.
      ['level 2.1, moud, hours short, not offered', [['other'], ['no'], ['18-64'], ['no'], ['opioids'], ['daily'], ['none'], ['none'], ['returned'], ['supportive'], ['under9']], '1', 'level 2.1'],
      ['level 2.5, hours short', [['self'], ['no'], ['18-64'], ['no'], ['cannabis'], ['weekly'], ['none'], ['very-hard'], ['first'], ['supportive'], ['9-19']], '2.5', 'level 2.5'],
      ['level 3.5, stay note', [['self'], ['no'], ['65plus'], ['yes'], ['stimulants'], ['less-than-weekly'], ['unsure'], ['managed'], ['after-iop'], ['unsafe'], ['20plus']], '3.5', 'level 3.5'],
      ['level 1', [['self'], ['no'], ['18-64'], ['unsure'], ['other'], ['not-now'], ['none'], ['none'], ['after-iop'], ['supportive'], ['residential']], '1 2.1', 'level 1'],
    ];
    for (const [name, path, offered, expected] of runs) {
      const holder = await fixture(html`<div lang="es">
        <carepath-ladder id="niveles"></carepath-ladder>
        <carepath-screener
          clinic-name="Sample Recovery Center"
          phone="+1-206-555-0123"
          cta-href="/contacto"
          offered=${offered || ''}
          ladder="niveles"
        ></carepath-screener>
      </div>`);
      const screener = holder.querySelector('carepath-screener')!;
      await screener.updateComplete;
      screener.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"]')!.click();
      await screener.updateComplete;
      for (const values of path) await answer(screener, ...values);
      const result = screener.shadowRoot!.querySelector('[part~="result"]')!;
      expect(`${result.getAttribute('data-kind')} ${result.getAttribute('data-level') ?? ''}`.trim(), name).to.equal(expected);
      look(screener, name);
    }

    // The idle notice at 19 minutes, and the first screen after the wipe at 20.
    const original = { ...idleClock };
    const pending: Array<() => void> = [];
    idleClock.set = (run: () => void) => pending.push(run);
    idleClock.clear = () => {};
    try {
      const screener = await start(html`<carepath-screener lang="es"></carepath-screener>`);
      await answer(screener, 'self');
      const [notice, wipe] = pending.slice(-2);
      notice();
      await screener.updateComplete;
      look(screener, 'idle notice');
      wipe();
      await screener.updateComplete;
      look(screener, 'after the wipe');
    } finally {
      Object.assign(idleClock, original);
    }
    expect(found).to.deep.equal([]);
  });
});
