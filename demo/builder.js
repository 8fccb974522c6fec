/**
 * The snippet builder (demo/builder.html): the editor's choices become a live preview and a snippet
 * to paste. The static fallback inside the snippet is read from the element the preview renders,
 * so it is the same content in the same language, never a second copy written by hand.
 *
 * Plain ES module, no build step: it needs only dist/carepath.js and dist/carepath.sri.json.
 */
import { version } from '../dist/carepath.js';

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

const form = $('#builder');
const preview = $('#preview');
const samples = $('#samples');

/** Compare's own API tokens (DESIGN §1.3), in the element's order. Labels are read from a rendered table. */
const PROGRAMS = ['early', 'outpatient', 'iop', 'php', 'residential', 'inpatient'];
const DEFAULT_PROGRAMS = ['outpatient', 'iop'];
const ROWS = ['hours', 'sessions', 'duration', 'setting', 'services', 'best-for', 'insurance', 'virtual'];

/** The attributes the builder writes, in the order they appear in the snippet. */
const ATTRIBUTES = [
  'clinic-name', 'phone', 'cta-href', 'cta-label', 'offered', 'programs', 'rows', 'highlight',
  'orientation', 'ladder', 'share-result', 'edition', 'lang', 'theme',
];

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text) => escapeText(text).replace(/"/g, '&quot;');
const squash = (text) => text.replace(/\s+/g, ' ').trim();

/* ---------- Labels, read from elements rendered off-screen ---------- */

function sample(tag, attributes) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ lang: 'en', theme: 'light', ...attributes })) {
    element.setAttribute(name, value);
  }
  samples.append(element);
  return element;
}

/** Rung codes and names per edition, and program and row labels, as the elements show them. */
async function readLabels() {
  const ladders = { 3: sample('carepath-ladder', {}), 4: sample('carepath-ladder', { edition: '4' }) };
  const table = sample('carepath-compare', { programs: PROGRAMS.join(' ') });
  await Promise.all([ladders[3].updateComplete, ladders[4].updateComplete, table.updateComplete]);
  const rungs = {};
  for (const edition of [3, 4]) {
    rungs[edition] = $$('[part~="rung"]', ladders[edition].shadowRoot).map((rung) => ({
      code: rung.dataset.code,
      label: squash($('.name', rung)?.textContent ?? rung.dataset.code),
    }));
  }
  const heads = $$('th[scope="col"]', table.shadowRoot);
  const programs = PROGRAMS.map((token, i) => ({
    code: token,
    label: squash($('.name', heads[i] ?? table)?.textContent ?? '') || token,
  }));
  const rowHeads = $$('th[scope="row"]', table.shadowRoot);
  const rows = ROWS.map((token, i) => ({ code: token, label: squash(rowHeads[i]?.textContent ?? '') || token }));
  samples.replaceChildren();
  return { rungs, programs, rows };
}

/* ---------- Form ---------- */

/** Checkboxes for a list of codes; `showCode` adds the attribute's token beside the words. */
function checkboxes(container, name, items, checked, showCode = true) {
  container.replaceChildren(
    ...items.map(({ code, label }) => {
      const wrap = document.createElement('label');
      wrap.className = 'choice';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = code;
      box.checked = checked.includes(code);
      const text = document.createElement('span');
      text.textContent = `${label} `;
      if (showCode) {
        const token = document.createElement('code');
        token.textContent = code;
        text.append(token);
      }
      wrap.append(box, text);
      return wrap;
    }),
  );
}

function options(select, items, none) {
  const keep = select.value;
  const all = [{ code: '', label: none }, ...items];
  select.replaceChildren(
    ...all.map(({ code, label }) => {
      const option = document.createElement('option');
      option.value = code;
      option.textContent = label;
      return option;
    }),
  );
  select.value = all.some((item) => item.code === keep) ? keep : '';
}

const ticked = (name) => $$(`input[name="${name}"]:checked`, form).map((box) => box.value);
const value = (name) => (form.elements.namedItem(name)?.value ?? '').trim();
const choice = (name) => $(`input[name="${name}"]:checked`, form).value;

let labels = null;
let shownEdition = null;
let shownPrograms = null;

/** Rebuilds the lists that depend on the edition, keeping what still applies. */
function syncLists() {
  const edition = value('edition');
  if (edition !== shownEdition) {
    const rungs = labels.rungs[edition];
    const codes = rungs.map((rung) => rung.code);
    const offered = shownEdition ? ticked('offered').filter((code) => codes.includes(code)) : [];
    checkboxes($('[data-options="offered"]'), 'offered', rungs, offered, false);
    options($('#ladder-highlight'), rungs, 'None');
    const programs = labels.programs.filter((p) => edition === '3' || p.code !== 'early');
    const chosen = shownEdition ? ticked('programs') : DEFAULT_PROGRAMS;
    checkboxes($('[data-options="programs"]'), 'programs', programs, chosen);
    if (!shownEdition) checkboxes($('[data-options="rows"]'), 'rows', labels.rows, ROWS);
    shownEdition = edition;
  }
  const programs = ticked('programs').join(' ');
  if (programs !== shownPrograms) {
    options($('#compare-highlight'), labels.programs.filter((p) => programs.split(' ').includes(p.code)), 'None');
    shownPrograms = programs;
  }
  const element = choice('element');
  for (const group of $$('[data-for]', form)) group.hidden = group.dataset.for !== element;
}

/** The element's attributes: only those that differ from the defaults. */
function attributesOf(element) {
  const out = {};
  for (const name of ['clinic-name', 'phone', 'cta-href', 'cta-label']) {
    if (value(name)) out[name] = value(name);
  }
  const offered = ticked('offered');
  if (offered.length) out.offered = offered.join(' ');
  if (element === 'compare') {
    const programs = ticked('programs');
    if (programs.length && programs.join(' ') !== DEFAULT_PROGRAMS.join(' ')) out.programs = programs.join(' ');
    const rows = ticked('rows');
    if (rows.length && rows.length !== ROWS.length) out.rows = rows.join(' ');
    if (value('compare-highlight')) out.highlight = value('compare-highlight');
  } else if (element === 'ladder') {
    if (value('ladder-highlight')) out.highlight = value('ladder-highlight');
    if (value('orientation') !== 'auto') out.orientation = value('orientation');
  } else {
    if (value('ladder')) out.ladder = value('ladder');
    if (form.elements.namedItem('share-result').checked) out['share-result'] = '';
  }
  if (value('edition') !== '3') out.edition = value('edition');
  if (value('lang')) out.lang = value('lang');
  if (value('theme') !== 'auto') out.theme = value('theme');
  return out;
}

/* ---------- The static fallback, from the rendered element ---------- */

const make = (tag, ...children) => {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
};

/** A link as the element shows it, without classes or parts. */
const plainLink = (a) => {
  const link = make('a', squash(a.textContent));
  link.href = a.getAttribute('href');
  return link;
};

/** A paragraph's words and links, flattened: text and `<a href>` only. */
function plainInline(node) {
  const out = [];
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) out.push(child.data);
    else if (child.localName === 'a') out.push(plainLink(child));
    else if (child.nodeType === Node.ELEMENT_NODE) out.push(...plainInline(child));
  }
  return out;
}

function plainParagraph(node) {
  const p = make('p', ...plainInline(node));
  p.normalize();
  for (const text of Array.from(p.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE)) {
    text.data = text.data.replace(/\s+/g, ' ');
  }
  if (p.firstChild?.nodeType === Node.TEXT_NODE) p.firstChild.data = p.firstChild.data.trimStart();
  if (p.lastChild?.nodeType === Node.TEXT_NODE) p.lastChild.data = p.lastChild.data.trimEnd();
  return p;
}

/** "Outpatient · Level 1 · Offered here": the pieces of a heading (name, code, badges) in one line. */
function pieces(node) {
  return Array.from(node.childNodes)
    .filter((child) => child.nodeType === Node.TEXT_NODE || child.nodeType === Node.ELEMENT_NODE)
    .map((child) => squash(child.textContent).replace(/^·\s*/, ''))
    .filter(Boolean)
    .join(' · ');
}

function compareFallback(root) {
  const source = $('table', root);
  const table = make('table', make('caption', squash($('caption', source).textContent)));
  const headRow = make('tr', make('td'));
  for (const th of $$('thead th', source)) {
    const cell = make('th', pieces(th));
    cell.scope = 'col';
    headRow.append(cell);
  }
  const body = make('tbody');
  for (const tr of $$('tbody tr', source)) {
    const row = make('tr');
    for (const cell of tr.children) {
      const copy = make(cell.localName);
      if (cell.localName === 'th') copy.scope = 'row';
      const items = $$('li', cell);
      if (items.length) copy.append(make('ul', ...items.map((li) => make('li', squash(li.textContent)))));
      else copy.textContent = squash(cell.textContent);
      row.append(copy);
    }
    body.append(row);
  }
  table.append(make('thead', headRow), body);
  return [table];
}

function ladderFallback(root) {
  const title = squash($('h2', root)?.textContent ?? '');
  const edition = squash($('.edition', root)?.textContent ?? '');
  const intro = make('p', make('strong', title));
  if (edition) intro.append(` · ${edition}`);
  const list = make('ol');
  for (const rung of $$('[part~="rung"]', root)) {
    list.append(make('li', pieces($('[part~="rung-button"]', rung) ?? rung)));
  }
  return [intro, list];
}

/** The self-check's title, the clinic's phone or link (or the SAMHSA helpline), and the crisis line. */
function screenerFallback(root, contact) {
  const out = [make('p', make('strong', squash($('h2', root)?.textContent ?? '')))];
  const block = $('.cta-block, .helpline', contact);
  if (block?.matches('.helpline')) out.push(plainParagraph(block));
  else if (block) {
    for (const a of $$(':scope > a', block)) out.push(make('p', plainLink(a)));
    for (const p of $$('p', block)) out.push(plainParagraph(p));
  }
  const crisis = $('[part~="crisis"]', root);
  if (crisis) out.push(plainParagraph(crisis));
  return out;
}

async function fallbackOf(element, tag, attributes) {
  await element.updateComplete;
  const root = element.shadowRoot;
  if (!root) return [];
  if (tag === 'carepath-compare') return compareFallback(root);
  if (tag === 'carepath-ladder') return ladderFallback(root);
  // The screener's first screen has no contact details: the shared call to action is read from a
  // ladder given the same settings (it renders the same block the screener's results do).
  const common = {};
  for (const name of ['clinic-name', 'phone', 'cta-href', 'cta-label', 'lang', 'theme']) {
    if (name in attributes) common[name] = attributes[name];
  }
  const contact = sample('carepath-ladder', common);
  await contact.updateComplete;
  const nodes = screenerFallback(root, contact.shadowRoot);
  contact.remove();
  return nodes;
}

/* ---------- Serializing ---------- */

const BLOCK = new Set(['table', 'thead', 'tbody', 'tr', 'ol', 'ul']);

function inlineHtml(node) {
  if (node.nodeType === Node.TEXT_NODE) return escapeText(node.data);
  const attrs = Array.from(node.attributes, (a) => ` ${a.name}="${escapeAttr(a.value)}"`).join('');
  return `<${node.localName}${attrs}>${Array.from(node.childNodes, inlineHtml).join('')}</${node.localName}>`;
}

/** Indented HTML: lists and tables one element a line, everything else inline. */
function blockHtml(node, depth) {
  const pad = '  '.repeat(depth);
  const hasBlock = Array.from(node.children).some((child) => BLOCK.has(child.localName));
  if (!BLOCK.has(node.localName) && !hasBlock) return `${pad}${inlineHtml(node)}`;
  const attrs = Array.from(node.attributes, (a) => ` ${a.name}="${escapeAttr(a.value)}"`).join('');
  const inner = Array.from(node.children, (child) => blockHtml(child, depth + 1)).join('\n');
  return `${pad}<${node.localName}${attrs}>\n${inner}\n${pad}</${node.localName}>`;
}

function openTag(name, attributes) {
  return `<${name}${Object.entries(attributes)
    .map(([key, val]) => (val === '' ? ` ${key}` : ` ${key}="${escapeAttr(val)}"`))
    .join('')}>`;
}

/* ---------- Output ---------- */

let sri = null;
let generation = 0;

function scriptTag() {
  const classic = choice('build') === 'classic';
  const file = classic ? 'carepath.iife.js' : 'carepath.js';
  const attributes = classic ? { defer: '' } : { type: 'module' };
  attributes.src = value('src') || defaultSrc();
  if (sri?.[file]) attributes.integrity = sri[file];
  attributes.crossorigin = 'anonymous';
  attributes.referrerpolicy = 'no-referrer';
  return `${openTag('script', attributes)}</script>`;
}

const defaultSrc = () => `/carepath-${version}${choice('build') === 'classic' ? '.iife' : ''}.js`;

/** Redraws the preview, then the snippet and the CMS form from what it rendered. */
async function refresh() {
  const turn = ++generation;
  syncLists();
  const kind = choice('element');
  const tag = `carepath-${kind}`;
  const attributes = attributesOf(kind);
  let element = preview.firstElementChild;
  if (element?.localName !== tag) {
    element = document.createElement(tag);
    preview.replaceChildren(element);
  }
  for (const name of ATTRIBUTES) {
    if (name in attributes) element.setAttribute(name, attributes[name]);
    else element.removeAttribute(name);
  }
  const fallback = await fallbackOf(element, tag, attributes);
  if (turn !== generation) return;

  $('#fallback-preview').replaceChildren(...fallback.map((node) => node.cloneNode(true)));
  const inside = fallback.map((node) => blockHtml(node, 1)).join('\n');
  $('#snippet').value = `${scriptTag()}\n${openTag(tag, attributes)}\n${inside}\n</${tag}>\n`;

  const data = { 'data-carepath': kind };
  for (const [name, val] of Object.entries(attributes)) data[`data-${name}`] = val;
  $('#cms').value = `${scriptTag()}\n${openTag('div', data)}\n${inside}\n</div>\n`;

  for (const status of $$('[data-status]')) status.textContent = '';
  document.dispatchEvent(new CustomEvent('snippet-updated'));
}

async function copy(id) {
  const area = $(`#${id}`);
  const status = $(`[data-status="${id}"]`);
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = 'Copied.';
  } catch {
    area.focus();
    area.select();
    status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

async function start() {
  try {
    const response = await fetch(new URL('../dist/carepath.sri.json', import.meta.url));
    if (response.ok) sri = await response.json();
  } catch {
    sri = null;
  }
  if (!sri) {
    const problem = $('#status-load');
    problem.textContent =
      'dist/carepath.sri.json could not be read, so the snippet has no integrity hash. Run “npm run build” and serve the folder over HTTP.';
    problem.hidden = false;
  }
  labels = await readLabels();
  const src = $('#src');
  src.value = defaultSrc();
  let lastDefault = src.value;
  form.addEventListener('input', () => void refresh());
  form.addEventListener('change', (event) => {
    // Switching the build switches the address too, unless the editor typed their own.
    if (event.target.name === 'build' && src.value.trim() === lastDefault) src.value = defaultSrc();
    lastDefault = defaultSrc();
    void refresh();
  });
  for (const button of $$('[data-copy]')) button.addEventListener('click', () => void copy(button.dataset.copy));
  await refresh();
  document.documentElement.dataset.ready = '';
}

void start();
