import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/carepath.js';
import { upgradeCmsForms } from '../src/cms.js';

/**
 * The snippet builder (demo/builder.html) as an editor uses it, in an iframe: its labelled controls,
 * the snippet it makes (script with SRI, only non-default attributes, a static copy inside), the CMS
 * form, and axe. It runs on the built bundle (`npm test` builds first).
 */

interface Builder {
  frame: HTMLIFrameElement;
  doc: Document;
}

let sri: Record<string, string>;
const open: HTMLIFrameElement[] = [];

before(async () => {
  sri = await (await fetch('/dist/carepath.sri.json')).json();
});

afterEach(() => {
  for (const frame of open.splice(0)) frame.remove();
});

async function openBuilder(): Promise<Builder> {
  const frame = document.createElement('iframe');
  frame.width = '1200';
  frame.height = '900';
  frame.title = 'Snippet builder';
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.src = '/demo/builder.html';
  document.body.append(frame);
  open.push(frame);
  await loaded;
  await waitUntil(() => frame.contentDocument!.documentElement.hasAttribute('data-ready'), 'the builder is ready', {
    timeout: 10000,
  });
  return { frame, doc: frame.contentDocument! };
}

/** The control whose label says `text` (the way an editor finds it). */
function control<T extends HTMLElement = HTMLInputElement>(doc: Document, text: string): T {
  const label = Array.from(doc.querySelectorAll('label')).find((l) => l.textContent!.replace(/\s+/g, ' ').trim().startsWith(text));
  if (!label) throw new Error(`no label "${text}"`);
  return ((label as HTMLLabelElement).control ?? label.querySelector('input, select')) as T;
}

/** Changes a control as a person would, then waits for the snippet to be redrawn. */
async function set(doc: Document, label: string, value: string | boolean): Promise<void> {
  const target = control<HTMLInputElement | HTMLSelectElement>(doc, label);
  const updated = new Promise((done) => doc.addEventListener('snippet-updated', done, { once: true }));
  if (typeof value === 'boolean') (target as HTMLInputElement).checked = value;
  else target.value = value;
  const text = target instanceof HTMLInputElement && ['text', 'tel'].includes(target.type);
  target.dispatchEvent(new Event(text ? 'input' : 'change', { bubbles: true }));
  await updated;
}

const snippetOf = (doc: Document, id = 'snippet') => (doc.getElementById(id) as HTMLTextAreaElement).value;
const parse = (text: string) => new DOMParser().parseFromString(text, 'text/html');
const attributesOf = (element: Element) =>
  Object.fromEntries(Array.from(element.attributes, (a) => [a.name, a.value]));
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('the snippet builder', () => {
  it('labels every control and passes axe, preview included', async () => {
    const { frame, doc } = await openBuilder();
    const controls = Array.from(doc.querySelectorAll<HTMLInputElement>('#builder input, #builder select, textarea'));
    expect(controls.length).to.be.greaterThan(20);
    for (const c of controls) {
      const named = c.labels!.length > 0 || c.hasAttribute('aria-label') || c.hasAttribute('aria-labelledby');
      expect(named, `${c.outerHTML} has a label`).to.equal(true);
    }
    // axe-core inside the builder's own document.
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((done) => script.addEventListener('load', done, { once: true }));
    doc.head.append(script);
    await ready;
    const axe = (frame.contentWindow as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const { violations } = await axe.run(doc);
    expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
  });

  it('starts with a module script pinned by its SRI hash and a bare element holding a static table', async () => {
    const { doc } = await openBuilder();
    const snippet = snippetOf(doc);
    expect(snippet.split('\n')[0]).to.equal(
      `<script type="module" src="/carepath-1.0.0.js" integrity="${sri['carepath.js']}" crossorigin="anonymous" referrerpolicy="no-referrer"></script>`,
    );
    expect(sri['carepath.js']).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);

    const page = parse(snippet);
    const element = page.querySelector('carepath-compare')!;
    expect(attributesOf(element)).to.deep.equal({});
    const table = element.querySelector('table')!;
    expect(squash(table.querySelector('caption')!.textContent)).to.equal('Comparing levels of care');
    const columns = Array.from(table.querySelectorAll('th[scope="col"]'), (th) => th.textContent);
    expect(columns).to.deep.equal(['Outpatient · Level 1', 'Intensive outpatient (IOP) · Level 2.1']);
    expect(table.querySelectorAll('th[scope="row"]')).to.have.length(8);
    // Plain HTML only: no classes, parts, ids, styles, scripts, buttons or drawings.
    expect(element.querySelectorAll('[class], [part], [id], [style], script, button, svg')).to.have.length(0);
  });

  it('copies the table the element renders, cell for cell', async () => {
    const { doc } = await openBuilder();
    await set(doc, 'Partial hospitalization (PHP)', true);
    await set(doc, 'Language', 'es');
    const rendered = doc.querySelector('#preview carepath-compare')!.shadowRoot!.querySelector('table')!;
    const copy = parse(snippetOf(doc)).querySelector('carepath-compare table')!;
    // A cell's words, or its list's items one by one.
    const cells = (table: Element) =>
      Array.from(table.querySelectorAll('tbody td'), (td) => {
        const items = Array.from(td.querySelectorAll('li'), (li) => squash(li.textContent));
        return items.length ? items.join(' | ') : squash(td.textContent);
      });
    expect(cells(copy)).to.have.length(8 * 3);
    expect(cells(copy)).to.deep.equal(cells(rendered));
    expect(copy.querySelector('th[scope="col"]')!.textContent).to.contain('Nivel 1');
    expect(copy.querySelectorAll('td ul li').length).to.be.greaterThan(3);
  });

  it('writes only the attributes that differ from the defaults, escaped', async () => {
    const { doc } = await openBuilder();
    await set(doc, 'Clinic name', 'Sample & "Recovery" <Center>');
    await set(doc, 'Phone', '+1-206-555-0123');
    await set(doc, 'Intensive outpatient · Level 2.1', true);
    await set(doc, 'Partial hospitalization (PHP)', true);
    await set(doc, 'By video', false);
    await set(doc, 'Mark as “Our program”', 'iop');
    await set(doc, 'Colours', 'dark');
    // Choosing a default again writes nothing.
    await set(doc, 'ASAM Criteria edition', '3');
    const snippet = snippetOf(doc);
    expect(snippet).to.contain('clinic-name="Sample &amp; &quot;Recovery&quot; &lt;Center&gt;"');
    const element = parse(snippet).querySelector('carepath-compare')!;
    expect(attributesOf(element)).to.deep.equal({
      'clinic-name': 'Sample & "Recovery" <Center>',
      phone: '+1-206-555-0123',
      offered: '2.1',
      programs: 'outpatient iop php',
      rows: 'hours sessions duration setting services best-for insurance',
      highlight: 'iop',
      theme: 'dark',
    });
  });

  it('makes the ladder an ordered list of names and codes, in either edition', async () => {
    const { doc } = await openBuilder();
    await set(doc, 'Levels-of-care ladder', true);
    await set(doc, 'Outpatient · Level 1', true);
    await set(doc, 'Mark as “Suggested starting point”', '2.1');
    let element = parse(snippetOf(doc)).querySelector('carepath-ladder')!;
    expect(attributesOf(element)).to.deep.equal({ offered: '1', highlight: '2.1' });
    let items = Array.from(element.querySelectorAll('ol > li'), (li) => li.textContent!);
    expect(items.map((text) => text.match(/Level (\S+)/)![1])).to.deep.equal(['0.5', '1', '2.1', '2.5', '3.1', '3.5', '3.7', '4']);
    expect(items[1]).to.equal('Outpatient · Level 1 · Offered here');
    expect(items[2]).to.equal('Intensive outpatient · Level 2.1 · Suggested starting point');

    await set(doc, 'ASAM Criteria edition', '4');
    element = parse(snippetOf(doc)).querySelector('carepath-ladder')!;
    expect(element.getAttribute('edition')).to.equal('4');
    items = Array.from(element.querySelectorAll('ol > li'), (li) => li.textContent!);
    expect(items.map((text) => text.match(/Level (\S+)/)![1])).to.deep.equal(
      ['1.0', '1.5', '1.7', '2.1', '2.5', '2.7', '3.1', '3.5', '3.7', '4'],
    );
    expect(items[0]).to.contain('Long-term remission monitoring');
  });

  it("gives the self-check a paragraph with the clinic's phone, or the SAMHSA helpline, and the crisis line", async () => {
    const { doc } = await openBuilder();
    await set(doc, 'Self-check', true);
    let element = parse(snippetOf(doc)).querySelector('carepath-screener')!;
    expect(element.querySelector('a[href="tel:+18006624357"]')!.textContent).to.equal('1-800-662-4357');
    expect(element.querySelector('a[href="tel:988"]')).to.exist;
    expect(element.querySelector('a[href="tel:911"]')).to.exist;

    await set(doc, 'Clinic name', 'Sample Recovery Center');
    await set(doc, 'Phone', '+1-206-555-0123');
    await set(doc, 'Id of a ladder on the same page', 'levels');
    element = parse(snippetOf(doc)).querySelector('carepath-screener')!;
    expect(attributesOf(element)).to.deep.equal({ 'clinic-name': 'Sample Recovery Center', phone: '+1-206-555-0123', ladder: 'levels' });
    expect(squash(element.textContent)).to.contain('Call Sample Recovery Center: +1-206-555-0123');
    expect(element.querySelector('a[href="tel:+12065550123"]')).to.exist;
    expect(element.querySelector('a[href="tel:+18006624357"]')).to.equal(null);
    expect(element.querySelector('a[href="tel:988"]')).to.exist;
  });

  it('switches to a deferred classic script with its own hash and address', async () => {
    const { doc } = await openBuilder();
    await set(doc, 'Classic script', true);
    const script = parse(snippetOf(doc)).querySelector('script')!;
    expect(attributesOf(script)).to.deep.equal({
      defer: '',
      src: '/carepath-1.0.0.iife.js',
      integrity: sri['carepath.iife.js'],
      crossorigin: 'anonymous',
      referrerpolicy: 'no-referrer',
    });
    await set(doc, 'Where you host the file', 'https://www.example.org/js/carepath.js');
    expect(parse(snippetOf(doc)).querySelector('script')!.getAttribute('src')).to.equal('https://www.example.org/js/carepath.js');
  });

  it('emits the CMS form, which upgrades into the same element', async () => {
    const { doc } = await openBuilder();
    await set(doc, 'Levels-of-care ladder', true);
    await set(doc, 'Clinic name', 'Sample Recovery Center');
    await set(doc, 'Intensive outpatient · Level 2.1', true);
    await set(doc, 'Language', 'es');
    const form = parse(snippetOf(doc, 'cms')).querySelector('div[data-carepath]')!;
    expect(attributesOf(form)).to.deep.equal({
      'data-carepath': 'ladder',
      'data-clinic-name': 'Sample Recovery Center',
      'data-offered': '2.1',
      'data-lang': 'es',
    });
    expect(form.querySelectorAll('ol > li')).to.have.length(8);

    const holder = await fixture(html`<div></div>`);
    holder.append(document.importNode(form, true));
    upgradeCmsForms(holder);
    const ladder = holder.querySelector('carepath-ladder')!;
    await ladder.updateComplete;
    expect(ladder.getAttribute('lang')).to.equal('es');
    const rung = ladder.shadowRoot!.querySelector('[part~="rung"][data-code="2.1"]')!;
    expect(rung.textContent).to.contain('Disponible aquí');
  });

  it('can be used from the keyboard: arrows pick the element, Space ticks, Enter copies', async () => {
    const { frame, doc } = await openBuilder();
    frame.focus();
    control(doc, 'Comparison table').focus();
    let updated = new Promise((done) => doc.addEventListener('snippet-updated', done, { once: true }));
    await sendKeys({ press: 'ArrowDown' });
    await updated;
    expect(control(doc, 'Levels-of-care ladder').checked).to.equal(true);
    expect(snippetOf(doc)).to.contain('<carepath-ladder>');

    control(doc, 'Partial hospitalization · Level 2.5').focus();
    updated = new Promise((done) => doc.addEventListener('snippet-updated', done, { once: true }));
    await sendKeys({ press: ' ' });
    await updated;
    expect(snippetOf(doc)).to.contain('<carepath-ladder offered="2.5">');

    (doc.querySelector('[data-copy="snippet"]') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    const status = doc.querySelector('[data-status="snippet"]')!;
    await waitUntil(() => status.textContent !== '', 'the copy button reports what it did');
    if (status.textContent !== 'Copied.') {
      // No clipboard permission here: the snippet is selected for Ctrl+C instead.
      const area = doc.getElementById('snippet') as HTMLTextAreaElement;
      expect(status.textContent).to.contain('Ctrl+C');
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    }
  });
});
