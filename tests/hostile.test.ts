import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../src/carepath.js';
import type { CarepathCompare } from '../src/compare/compare.js';
import type { CarepathLadder } from '../src/ladder/ladder.js';
import type { CarepathScreener } from '../src/screener/screener.js';
import type { Answers } from '../src/screener/recommend.js';
import { TO_IOP, walkScreener } from './fixtures/walk.js';

/*
 * Issue 6, "hostile hosts": the site's own CSS at its most aggressive (tests/fixtures/hostile/site.css:
 * `button, input { all: unset }`, loud dashed table borders with 28 px text, content-box sizing,
 * spaced, double-height, justified body text, uppercase headings, a 13 px root) and the containers
 * page builders use (a flex row, a float, a 280–320 px column). What a visitor would notice is tested:
 * the words inside read as designed, sizes follow the page's 13 px, buttons look and work like
 * buttons, nothing pokes out sideways, nothing collapses, and axe still passes.
 */

type Carepath = CarepathCompare | CarepathLadder | CarepathScreener;

const SITE_ROOT_PX = 13;
let sheet: HTMLLinkElement;

before(async () => {
  sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = new URL('./fixtures/hostile/site.css', import.meta.url).href;
  const loaded = new Promise((resolve, reject) => {
    sheet.addEventListener('load', resolve, { once: true });
    sheet.addEventListener('error', reject, { once: true });
  });
  document.head.append(sheet);
  await loaded;
});
after(() => sheet.remove());
afterEach(() => resetMouse());

/** Waits for every carepath element inside `root` to render, then for layout. */
async function settled(root: Element): Promise<void> {
  const els = Array.from(root.querySelectorAll<Carepath>('carepath-compare, carepath-ladder, carepath-screener'));
  if ((root as Carepath).updateComplete) els.push(root as Carepath);
  await Promise.all(els.map((el) => el.updateComplete));
  await nextFrame();
  await nextFrame();
}

/** Shadow elements that hold words of their own (a non-blank text node as a direct child). */
function wordHolders(el: Element): HTMLElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('*')).filter(
    (node) =>
      node.getClientRects().length > 0 &&
      Array.from(node.childNodes).some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()),
  );
}

/** A real mouse click in the middle of `target`, as a visitor would make it. */
async function click(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center', inline: 'center' });
  await nextFrame();
  const box = target.getBoundingClientRect();
  expect(box.width * box.height, `${target.localName} has an area to click`).to.be.greaterThan(0);
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** Start, then the answer's label and Next for every question, all with the mouse, to the result. */
async function walkByMouse(el: CarepathScreener, answers: Answers): Promise<HTMLElement> {
  const root = el.shadowRoot!;
  const next = () => root.querySelector<HTMLButtonElement>('[part~="next"]')!;
  await click(next());
  for (let step = 0; step < 12; step += 1) {
    await el.updateComplete;
    const result = root.querySelector<HTMLElement>('[part~="result"]');
    if (result) return result;
    const fieldset = root.querySelector<HTMLFieldSetElement>('fieldset[data-question]')!;
    const wanted = answers[fieldset.dataset.question as keyof Answers];
    for (const value of Array.isArray(wanted) ? wanted : [wanted]) {
      await click(fieldset.querySelector(`input[value="${value}"]`)!.closest('label')!);
    }
    await el.updateComplete;
    await click(next());
  }
  throw new Error('the screener never showed a result');
}

/** The host fits its box: nothing inside makes it (or the page) scroll sideways. */
function expectNoSidewaysOverflow(el: HTMLElement, column: HTMLElement, what: string): void {
  expect(el.scrollWidth, `${what}: host scrollWidth vs clientWidth`).to.be.at.most(el.clientWidth + 1);
  const host = el.getBoundingClientRect();
  const box = getComputedStyle(column);
  const contentRight = column.getBoundingClientRect().right - parseFloat(box.borderRightWidth) - parseFloat(box.paddingRight);
  expect(host.right, `${what}: host stays inside the column`).to.be.at.most(contentRight + 1);
  for (const node of Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('*'))) {
    if (node.closest('.scroll') || node.closest('.visually-hidden')) continue; // the table's own scroll region
    const box = node.getBoundingClientRect();
    if (box.width === 0) continue;
    expect(box.right, `${what}: <${node.localName} class="${node.getAttribute('class') ?? ''}"> pokes out`).to.be.at.most(host.right + 1);
  }
}

describe('on a hostile page: aggressive site CSS (issue 6)', () => {
  it('the words inside keep their own spacing, case, alignment and line height', async () => {
    const page = await fixture<HTMLElement>(html`<div class="shouty">
      <carepath-compare clinic-name="Sample Recovery Center" phone="+1-206-555-0123"></carepath-compare>
      <carepath-ladder offered="1 2.1"></carepath-ladder>
      <carepath-screener></carepath-screener>
    </div>`);
    await settled(page);
    // The page really is hostile around them.
    const around = getComputedStyle(page);
    expect(around.textTransform).to.equal('uppercase');
    expect(getComputedStyle(document.body).textAlign).to.equal('justify');

    const ladder = page.querySelector('carepath-ladder')!;
    ladder.shadowRoot!.querySelector<HTMLButtonElement>('[part~="rung-button"]')!.click();
    await settled(page);
    for (const el of Array.from(page.querySelectorAll('carepath-compare, carepath-ladder, carepath-screener'))) {
      const words = wordHolders(el);
      expect(words.length, `${el.localName} shows words`).to.be.greaterThan(5);
      for (const node of words) {
        const s = getComputedStyle(node);
        const what = `${el.localName} <${node.localName}> "${node.textContent!.trim().slice(0, 30)}"`;
        expect(s.letterSpacing, `${what} letter-spacing`).to.equal('normal');
        expect(s.wordSpacing, `${what} word-spacing`).to.equal('0px');
        expect(s.textTransform, `${what} text-transform`).to.equal('none');
        expect(s.textIndent, `${what} text-indent`).to.equal('0px');
        // Buttons centre their label as browsers do; everything else starts where the language reads.
        expect(s.textAlign, `${what} text-align`).to.be.oneOf(node.localName === 'button' ? ['start', 'left', 'center'] : ['start', 'left']);
        // The site's `line-height: 2` would make every line twice its font size.
        expect(parseFloat(s.lineHeight) / parseFloat(s.fontSize), `${what} line-height`).to.be.below(1.8);
      }
      // Headings read in sentence case, not shouted.
      for (const heading of Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('h2, h3'))) {
        const seen = heading.innerText.trim();
        expect(seen, `${el.localName} heading`).to.not.equal(seen.toUpperCase());
      }
    }
    const title = ladder.shadowRoot!.querySelector<HTMLElement>('h2')!;
    expect(title.innerText.trim()).to.equal('Levels of care');
  });

  it("the site's table rules stay outside: no red dashed borders, no 28 px text in the comparison", async () => {
    const el = await fixture<CarepathCompare>(html`<carepath-compare programs="outpatient iop php"></carepath-compare>`);
    await settled(el);
    const cells = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('table, th, td'));
    expect(cells.length).to.be.greaterThan(20);
    for (const cell of cells) {
      const s = getComputedStyle(cell);
      expect(s.borderTopStyle, `<${cell.localName}> border`).to.not.equal('dashed');
      expect(s.borderLeftColor, `<${cell.localName}> border color`).to.not.equal('rgb(255, 0, 0)');
      expect(parseFloat(s.fontSize), `<${cell.localName}> font-size`).to.be.below(20);
    }
    await expect(el).to.be.accessible();
  });

  it('sizes follow the 13 px root, and every size doubles on a 26 px page: em throughout', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <div class="at-root">
        <carepath-compare offered="iop" highlight="iop"></carepath-compare>
        <carepath-ladder offered="1" highlight="1"></carepath-ladder>
        <carepath-screener></carepath-screener>
      </div>
      <div class="at-double">
        <carepath-compare offered="iop" highlight="iop"></carepath-compare>
        <carepath-ladder offered="1" highlight="1"></carepath-ladder>
        <carepath-screener></carepath-screener>
      </div>
    </div>`);
    await settled(page);
    const [small, big] = ['.at-root', '.at-double'].map((sel) =>
      Array.from(page.querySelectorAll(`${sel} > *`)),
    );
    expect(getComputedStyle(page.querySelector('.at-double')!).fontSize).to.equal(`${2 * SITE_ROOT_PX}px`);
    for (const [i, el] of small.entries()) {
      const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
      expect(getComputedStyle(root).fontSize, `${el.localName} body text`).to.equal(`${SITE_ROOT_PX}px`);
      const a = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('*'));
      const b = Array.from(big[i].shadowRoot!.querySelectorAll<HTMLElement>('*'));
      expect(b.length).to.equal(a.length);
      for (const [j, node] of a.entries()) {
        if (node.closest('svg') || node.closest('.visually-hidden')) continue;
        const one = getComputedStyle(node);
        const two = getComputedStyle(b[j]);
        const what = `${el.localName} <${node.localName} class="${node.getAttribute('class') ?? ''}">`;
        const px = parseFloat(one.fontSize);
        expect(px, `${what} font-size`).to.be.within(0.75 * SITE_ROOT_PX, 1.5 * SITE_ROOT_PX);
        expect(parseFloat(two.fontSize), `${what} font-size on a 26 px page`).to.be.closeTo(2 * px, 0.05);
        for (const side of ['paddingLeft', 'paddingTop', 'marginTop', 'minHeight'] as const) {
          const v1 = parseFloat(one[side]);
          if (Number.isNaN(v1)) continue;
          expect(parseFloat(two[side]), `${what} ${side}`).to.be.closeTo(2 * v1, 0.1);
        }
      }
    }
  });

  it("buttons still look like buttons and work with the mouse, whatever the site's `all: unset`", async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <p><button class="site">The site's own button</button></p>
      <carepath-ladder offered="1 2.1"></carepath-ladder>
      <carepath-screener offered="1 2.1" cta-href="/contact"></carepath-screener>
    </div>`);
    await settled(page);
    // The site's own button has lost every style: the reset really applies on this page.
    expect(getComputedStyle(page.querySelector('button.site')!).cursor).to.equal('auto');

    const ladder = page.querySelector<CarepathLadder>('carepath-ladder')!;
    const rung = ladder.shadowRoot!.querySelector<HTMLElement>('[data-code="2.1"]')!;
    const toggle = rung.querySelector<HTMLButtonElement>('[part~="rung-button"]')!;
    const details = rung.querySelector<HTMLElement>('[part~="rung-details"]')!;
    expect(getComputedStyle(toggle).cursor).to.equal('pointer');
    expect(toggle.getBoundingClientRect().height).to.be.at.least(24);
    await click(toggle);
    await settled(ladder);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(details.getClientRects().length, 'details shown').to.be.greaterThan(0);
    await click(toggle);
    await settled(ladder);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(details.getClientRects().length, 'details hidden').to.equal(0);

    const screener = page.querySelector<CarepathScreener>('carepath-screener')!;
    const start = screener.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"]')!;
    const look = getComputedStyle(start);
    expect(look.cursor).to.equal('pointer');
    expect(look.borderTopStyle).to.equal('solid');
    expect(look.backgroundColor, 'a filled primary button').to.not.equal('rgba(0, 0, 0, 0)');
    expect(start.getBoundingClientRect().height).to.be.at.least(24);
    expect(start.getBoundingClientRect().width).to.be.at.least(24);

    screener.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"]')!.click();
    await settled(screener);
    const radio = screener.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!;
    expect(getComputedStyle(radio).appearance, 'a real radio button').to.not.equal('none');
    expect(radio.getBoundingClientRect().width).to.be.at.least(12);
    screener.shadowRoot!.querySelector<HTMLButtonElement>('[part~="restart"]')!.click();
    await settled(screener);

    const result = await walkByMouse(screener, TO_IOP);
    expect(result.dataset.kind).to.equal('level');
    expect(result.dataset.level).to.equal('2.1');
    await expect(screener).to.be.accessible();
  });
});

describe('in awkward containers (issue 6)', () => {
  it('as a flex item beside text, each element keeps a usable width', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <div class="row"><p class="text">Our programs, side by side.</p><carepath-compare></carepath-compare></div>
      <div class="row"><p class="text">Where each level sits.</p><carepath-ladder></carepath-ladder></div>
      <div class="row"><p class="text">Not sure where to start?</p><carepath-screener></carepath-screener></div>
    </div>`);
    await settled(page);
    for (const row of Array.from(page.querySelectorAll<HTMLElement>('.row'))) {
      const el = row.lastElementChild as HTMLElement;
      const width = el.getBoundingClientRect().width;
      // At least 15em of the 13 px page: room for a phone-width layout, not a sliver.
      expect(width, `${el.localName} width in a flex row`).to.be.at.least(15 * SITE_ROOT_PX);
      expect(el.getBoundingClientRect().right, `${el.localName} inside its row`).to.be.at.most(row.getBoundingClientRect().right + 1);
      expectNoSidewaysOverflow(el, row, `${el.localName} in a flex row`);
    }
    for (const el of Array.from(page.querySelectorAll<Carepath>('.row > :last-child'))) await expect(el).to.be.accessible();
  });

  it('floated, each element keeps a usable width', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <carepath-compare class="float"></carepath-compare>
      <p>Text that flows beside the floated comparison.</p>
      <div class="clear"></div>
      <carepath-ladder class="float"></carepath-ladder>
      <p>Text that flows beside the floated ladder.</p>
      <div class="clear"></div>
      <carepath-screener class="float"></carepath-screener>
      <p>Text that flows beside the floated self-check.</p>
      <div class="clear"></div>
    </div>`);
    await settled(page);
    for (const el of Array.from(page.querySelectorAll<HTMLElement>('carepath-compare, carepath-ladder, carepath-screener'))) {
      expect(el.getBoundingClientRect().width, `${el.localName} floated`).to.be.at.least(15 * SITE_ROOT_PX);
      expectNoSidewaysOverflow(el, page, `${el.localName} floated`);
    }
  });

  it('inside a shrink-to-fit box (a floated wrapper, a layout-table cell), each element keeps a usable width', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <div class="float"><carepath-compare></carepath-compare></div>
      <p>Text beside the float holding the comparison.</p>
      <div class="clear"></div>
      <div class="float"><carepath-ladder></carepath-ladder></div>
      <p>Text beside the float holding the ladder.</p>
      <div class="clear"></div>
      <div class="float"><carepath-screener></carepath-screener></div>
      <p>Text beside the float holding the self-check.</p>
      <div class="clear"></div>
      <table class="layout">
        <tr>
          <td class="layout-cell"><carepath-ladder></carepath-ladder></td>
          <td class="layout-cell">The old page builder's other cell, with a paragraph of the clinic's own words beside it.</td>
        </tr>
      </table>
    </div>`);
    await settled(page);
    for (const el of Array.from(page.querySelectorAll<HTMLElement>('carepath-compare, carepath-ladder, carepath-screener'))) {
      const where = el.parentElement!.localName === 'td' ? 'in a layout-table cell' : 'inside a float';
      expect(el.getBoundingClientRect().width, `${el.localName} ${where}`).to.be.at.least(15 * SITE_ROOT_PX);
    }
  });

  for (const width of [280, 320]) {
    describe(`in a ${width} px page-builder column`, () => {
      const column = (content: unknown) =>
        fixture<HTMLElement>(html`<div class="column ${width === 320 ? 'w320' : ''}">${content}</div>`);

      it('the comparison of all six programs scrolls inside its own region, never the page', async () => {
        const col = await column(html`<carepath-compare
          programs="early outpatient iop php residential inpatient"
          offered="1 2.1"
          highlight="iop"
          clinic-name="Clínica Esperanza de la Comunidad"
          phone="+1-206-555-0123"
          cta-href="/contact"
        ></carepath-compare>`);
        const el = col.querySelector<CarepathCompare>('carepath-compare')!;
        await settled(el);
        expect(col.getBoundingClientRect().width).to.be.within(width, width + 2 * 11 + 1);
        expectNoSidewaysOverflow(el, col, 'compare, six programs');
        const region = el.shadowRoot!.querySelector<HTMLElement>('[role="region"]')!;
        expect(region.scrollWidth, 'the table itself is wider and scrolls').to.be.greaterThan(region.clientWidth);
        await expect(el).to.be.accessible();
      });

      it('the ladder, horizontal and vertical, in both editions and in Spanish', async () => {
        const col = await column(html`
          <carepath-ladder orientation="horizontal" offered="1 2.1 2.5" highlight="php"></carepath-ladder>
          <carepath-ladder orientation="horizontal" edition="4" lang="es" offered="1.5 2.1"></carepath-ladder>
          <carepath-ladder lang="es" clinic-name="Centro de Recuperación Ejemplo" phone="+1-206-555-0123"></carepath-ladder>
        `);
        await settled(col);
        for (const el of Array.from(col.querySelectorAll<CarepathLadder>('carepath-ladder'))) {
          for (const button of Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="rung-button"]'))) button.click();
          await settled(el);
          expectNoSidewaysOverflow(el, col, `ladder ${el.getAttribute('orientation') ?? 'auto'} edition ${el.getAttribute('edition') ?? 3}`);
          await expect(el).to.be.accessible();
        }
      });

      it('the self-check, from its first screen to a result, in English and Spanish', async () => {
        const col = await column(html`
          <carepath-screener offered="1" phone="+1-206-555-0123" cta-href="/contact" clinic-name="Sample Recovery Center"></carepath-screener>
          <carepath-screener lang="es" offered="1"></carepath-screener>
        `);
        await settled(col);
        for (const el of Array.from(col.querySelectorAll<CarepathScreener>('carepath-screener'))) {
          expectNoSidewaysOverflow(el, col, `screener ${el.lang || 'en'} intro`);
          const result = await walkScreener(el, TO_IOP);
          await settled(el);
          expect(result.dataset.level).to.equal('2.1');
          expectNoSidewaysOverflow(el, col, `screener ${el.lang || 'en'} result`);
          await expect(el).to.be.accessible();
        }
      });
    });
  }
});
