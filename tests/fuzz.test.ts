import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/carepath.js';
import type { Answers } from '../src/screener/recommend.js';
import { TO_IOP, walkScreener } from './fixtures/walk.js';

/*
 * Issue 6, "bad input, never a broken page": random and nasty values on every attribute of every
 * element, on the JSON child, on the `config` property and on a page-wide <carepath-config>. Whatever
 * a CMS editor pastes, nothing throws, no payload runs, no `on*` attribute or unsafe link reaches
 * the rendered DOM, every warning names its element, and the element still renders. Crafted
 * invalid tokens each get a warning naming element and attribute; legitimate text (accents,
 * emoji, right-to-left names) renders exactly as written, inside <bdi>.
 */

type Tag = 'carepath-compare' | 'carepath-ladder' | 'carepath-screener';
type Carepath = HTMLElement & { updateComplete: Promise<unknown>; config: unknown };

const TAGS: readonly Tag[] = ['carepath-compare', 'carepath-ladder', 'carepath-screener'];
const COMMON_ATTRIBUTES = ['lang', 'clinic-name', 'phone', 'cta-href', 'cta-label', 'offered', 'edition', 'theme'];
const OWN_ATTRIBUTES: Record<Tag, string[]> = {
  'carepath-compare': ['programs', 'rows', 'highlight'],
  'carepath-ladder': ['highlight', 'orientation'],
  'carepath-screener': ['ladder', 'share-result'],
};

/** A payload that ever runs sets this global, and every time it does is remembered. */
const CANARY = '__carepathFuzzCanary';
const RUN = `window.${CANARY}=1`;
const ran: unknown[] = [];
Object.defineProperty(window, CANARY, { configurable: true, get: () => undefined, set: (value) => ran.push(value) });

/* ---------- What the rendered DOM may contain ---------- */

/** The schemes DESIGN §2 allows in a link. */
const SAFE_SCHEMES = ['https:', 'http:', 'tel:', 'sms:', 'mailto:'];
/** The issue's rule of thumb for a safe href. */
const SAFE_HREF = /^(https?:|tel:|sms:|mailto:|\/|#|\?|[^:]*$)/i;

/**
 * The scheme a browser reads in a link, by the URL standard: leading and trailing C0 controls and
 * spaces are ignored and tabs and newlines removed, then a scheme is letters, digits, `+ - .`
 * before the first `:`. Anything else is a relative URL, which stays on the page's own scheme.
 */
function schemeOf(href: string): string | null {
  const cleaned = href.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const found = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return found ? `${found[1].toLowerCase()}:` : null;
}

function isSafeHref(href: string): boolean {
  const scheme = schemeOf(href);
  if (scheme !== null && !SAFE_SCHEMES.includes(scheme)) return false;
  // A relative URL with a colon after a / ? or # (`a/b:c`, `&#106;avascript:…` as literal text) is
  // safe by the standard even where the rule of thumb is stricter; both must agree on the scheme.
  if (!SAFE_HREF.test(href) && scheme !== null) return false;
  try {
    return SAFE_SCHEMES.includes(new URL(href, document.baseURI).protocol);
  } catch {
    return true; // a link the browser cannot parse goes nowhere
  }
}

/** Elements that could load, run or embed something: none belongs in a carepath shadow root. */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'object', 'embed', 'img', 'image', 'video', 'audio', 'source', 'link',
  'meta', 'base', 'foreignobject', 'use', 'animate', 'set', 'animatemotion', 'animatetransform',
]);
/** Attributes that load, run or style inline; href is checked for its scheme. */
const FORBIDDEN_ATTRIBUTES = new Set(['style', 'src', 'srcdoc', 'srcset', 'action', 'formaction', 'xlink:href', 'data', 'background', 'poster', 'ping']);

/** Every problem with the rendered shadow DOM, as readable lines (empty when safe). */
function problemsIn(el: Element): string[] {
  const problems: string[] = [];
  const root = el.shadowRoot;
  if (!root) return [`<${el.localName}> has no shadow root`];
  if (!root.querySelector('.root')) problems.push(`<${el.localName}> did not render (fallback shown)`);
  for (const node of Array.from(root.querySelectorAll('*'))) {
    if (FORBIDDEN_ELEMENTS.has(node.localName)) problems.push(`<${node.localName}> rendered`);
    for (const { name, value } of Array.from(node.attributes)) {
      if (/^on/i.test(name)) problems.push(`<${node.localName} ${name}="${value.slice(0, 40)}">`);
      if (FORBIDDEN_ATTRIBUTES.has(name.toLowerCase())) problems.push(`<${node.localName} ${name}=…>`);
      if (name === 'href' && !isSafeHref(value)) problems.push(`<${node.localName} href="${value.slice(0, 60)}">`);
    }
  }
  return problems;
}

/* ---------- Watching a run: errors, rejections, warnings ---------- */

interface Watch {
  errors: string[];
  warnings: string[];
  stop(): void;
}

function watch(): Watch {
  const errors: string[] = [];
  const warnings: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(event.reason)}`);
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    warnings,
    stop() {
      console.warn = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Runs `body` watched; gives back what it warned, after checking nothing threw or ran. */
async function watched(body: () => Promise<void>): Promise<string[]> {
  const w = watch();
  const before = ran.length;
  try {
    await body();
    // Let anything queued (an image error, a rejected promise) surface.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    w.stop();
  }
  expect(w.errors, 'errors and unhandled rejections').to.deep.equal([]);
  expect(ran.length - before, 'payloads that ran').to.equal(0);
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').to.equal(undefined);
  return w.warnings;
}

/* ---------- Nasty values ---------- */

const PAYLOADS = [
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}"></svg>`,
  `<svg><script>${RUN}</script></svg>`,
  `<script>${RUN}</script>`,
  `"><img src=x onerror=${RUN}>`,
  `'><svg/onload=${RUN}>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<a href="javascript:${RUN}">x</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `{{constructor.constructor('${RUN}')()}}`,
  `\${${RUN}}`,
  `</carepath-compare><script>${RUN}</script>`,
  `<!--<img src="--><img src=x onerror=${RUN}//">`,
];
const URLS = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  `  javascript:${RUN}`,
  `\u0001javascript:${RUN}`,
  `java\tscript:${RUN}`,
  `java\nscript:${RUN}`,
  `jav&#x09;ascript:${RUN}`,
  `&#106;avascript:${RUN}`,
  `&#x6A;avascript&#58;${RUN}`,
  `javascript&colon;${RUN}`,
  `javascript\u200B:${RUN}`,
  `\u202Ejavascript:${RUN}`,
  `javascript\u202E:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  ` data:image/svg+xml,<svg onload=${RUN}>`,
  'vbscript:msgbox(1)',
  'VbScRiPt:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/1',
  'about:blank',
  '//evil.example/',
  'https://example.org/ok',
  'HTTPS://EXAMPLE.ORG/',
  'tel:+12065550123',
  'sms:988',
  'mailto:intake@example.org',
  '/contact',
  '#contact',
  '?step=2',
  'contact.html',
];
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const TEXTS = [
  '',
  ' ',
  '\u00A0',
  'x'.repeat(5000),
  'word '.repeat(400),
  'مركز التعافي',
  'Clínica Esperanza 🌱',
  '👨‍👩‍👧‍👦🏳️‍🌈',
  '\u0000\u0007\u001B[31m',
  'null',
  'undefined',
  'NaN',
  'true',
  '[object Object]',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '+1-206-555-0123',
  '555',
  '+1 (206) 555-0123 ext. 4',
  '{clinic}',
  '{n}',
  '$&$1$`',
];
const TOKENS = [
  '0.5', '1', '1.0', '4.0', '04', '2.1', '2.5', '3.1', '3.3', '3.5', '3.7', '4', '1.5', '1.7', '2.7', '9.9', '-1', '1e1',
  'early', 'outpatient', 'iop', 'IOP', 'php', 'residential', 'inpatient', 'spa', 'hours', 'sessions', 'best-for',
  'price', 'virtual', 'vertical', 'horizontal', 'auto', 'diagonal', 'light', 'dark', 'purple', '3', '5', 'en', 'es',
  'es-MX', 'EN_us', 'xx', 'levels', ',', ',,', '\t', '\n',
];

const nasty: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...PAYLOADS, ...URLS, ...TEXTS),
  fc.mixedCase(fc.constantFrom(`javascript:${RUN}`, 'data:text/html,x', 'vbscript:x', 'iop outpatient', 'es-mx')),
  // Token soup: valid, unknown and duplicate codes, names and payloads in one list.
  fc.array(fc.constantFrom(...TOKENS, ...PAYLOADS, ...BIDI, '🌱'), { maxLength: 8 }).map((parts) => parts.join(' ')),
  // Bidi controls before, inside or after a link or a name.
  fc
    .tuple(fc.constantFrom(...BIDI), fc.constantFrom(...URLS, ...TEXTS, ...TOKENS), fc.nat(3))
    .map(([mark, text, at]) => text.slice(0, at) + mark + text.slice(at)),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** A clinic text value: a string or `{ en, es }`, or something else entirely. */
const textValue = fc.oneof(
  nasty,
  fc.record({ en: nasty, es: nasty }, { requiredKeys: [] }),
  fc.record({ en: fc.anything(), fr: nasty }, { requiredKeys: [] }),
  fc.anything({ maxDepth: 2 }),
);
const hrefValue = fc.oneof(fc.constantFrom(...URLS), nasty, fc.anything({ maxDepth: 1 }));
const hoursValue = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.tuple(fc.double(), fc.double()),
  fc.array(fc.integer({ min: -5, max: 200 }), { maxLength: 4 }),
  nasty,
  fc.constant(null),
);
const programOverride = fc.record(
  {
    name: textValue,
    hours: hoursValue,
    sessions: textValue,
    duration: textValue,
    setting: textValue,
    services: fc.oneof(fc.array(textValue, { maxLength: 5 }), textValue),
    'best-for': textValue,
    insurance: textValue,
    virtual: textValue,
    href: hrefValue,
    onclick: nasty,
    colour: fc.anything({ maxDepth: 1 }),
  },
  { requiredKeys: [] },
);
const levelOverride = fc.record(
  { name: textValue, description: textValue, href: hrefValue, onmouseover: nasty },
  { requiredKeys: [] },
);
const PROGRAM_KEYS = ['early', 'outpatient', 'iop', 'php', 'residential', 'inpatient', 'spa', 'IOP', '__proto__', 'constructor'];
const LEVEL_KEYS = ['0.5', '1', '1.0', '2.1', '2.5', '3.1', '3.5', '3.7', '4', '4.0', '1.5', '2.7', '9.9', ' 2.1 ', '__proto__', 'toString'];

const configObject = fc.record(
  {
    'clinic-name': fc.oneof(nasty, fc.anything({ maxDepth: 1 })),
    phone: fc.oneof(nasty, fc.integer()),
    'cta-href': hrefValue,
    'cta-label': textValue,
    offered: fc.oneof(nasty, fc.array(fc.constantFrom(...TOKENS))),
    edition: fc.oneof(nasty, fc.integer(), fc.double(), fc.constantFrom(3, 4, '3', '4', 4.0)),
    lang: fc.oneof(nasty, fc.constantFrom('en', 'es', 'es-MX', 'fr')),
    theme: fc.oneof(nasty, fc.constantFrom('light', 'dark', 'auto')),
    programs: fc.oneof(fc.dictionary(fc.constantFrom(...PROGRAM_KEYS), programOverride, { maxKeys: 4 }), fc.anything({ maxDepth: 1 })),
    levels: fc.oneof(fc.dictionary(fc.constantFrom(...LEVEL_KEYS), levelOverride, { maxKeys: 4 }), fc.anything({ maxDepth: 1 })),
    onload: nasty,
    rows: nasty,
  },
  { requiredKeys: [] },
);
const configValue = fc.oneof(
  { weight: 4, arbitrary: configObject },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, [], '', 'config', 0, Number.NaN) },
);
/** The JSON child's text: good JSON, broken JSON, prototype tricks, markup. */
const jsonText = fc.oneof(
  { weight: 3, arbitrary: configObject.map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      '{',
      '{"clinic-name": ',
      'not json',
      "{'single': 'quotes'}",
      '{"a":1,}',
      '[]',
      'null',
      '"just a string"',
      '12',
      '{"__proto__": {"polluted": 1}}',
      '{"levels": {"__proto__": {"polluted": 1}}}',
      '{"constructor": {"prototype": {"polluted": 1}}}',
      `</script><script>${RUN}</script>`,
      `{"clinic-name": "<img src=x onerror=${RUN}>", "cta-href": "javascript:${RUN}"}`,
      '{"programs": {"iop": {"hours": [20, 9]}}, "levels": {"9.9": {}}}',
      '\uFEFF{"clinic-name": "BOM"}',
    ),
  },
);

function attributesFor(tag: Tag, required = false) {
  const names = [...COMMON_ATTRIBUTES, ...OWN_ATTRIBUTES[tag]];
  const record = Object.fromEntries(names.map((name) => [name, nasty]));
  return fc.record(record, { requiredKeys: required ? names : [] }) as fc.Arbitrary<Record<string, string>>;
}

const pageConfig = fc.option(
  fc.record(
    {
      attributes: fc.record(Object.fromEntries(COMMON_ATTRIBUTES.map((name) => [name, nasty])), {
        requiredKeys: [],
      }) as fc.Arbitrary<Record<string, string>>,
      json: fc.option(jsonText, { nil: undefined }),
    },
    { requiredKeys: ['attributes'] },
  ),
  { nil: undefined, freq: 3 },
);

/** Screener paths to each kind of result, so every result screen meets the nasty settings. */
const CRISIS = { for: 'self', danger: 'suicide' } as Answers;
const MEDICAL_FIRST: Answers = { ...TO_IOP, withdrawal: 'seizure', substances: ['alcohol', 'opioids'] };
const YOUTH = { for: 'other', danger: 'no', age: 'under18' } as Answers;
const walks = fc.constantFrom<Answers | null>(null, TO_IOP, CRISIS, MEDICAL_FIRST, YOUTH);

/* ---------- One run ---------- */

interface Case {
  tag: Tag;
  first: Record<string, string>;
  then?: Record<string, string>;
  json?: string;
  config?: unknown;
  page?: { attributes: Record<string, string>; json?: string };
  walk?: Answers | null;
}

/** Where runs happen: a plain div, so open-wc's per-test fixture cleanup leaves it alone. */
let stage: HTMLElement;
function openStage(): void {
  stage = document.createElement('div');
  document.body.append(stage);
}
function closeStage(): void {
  stage.remove();
}

async function run(c: Case): Promise<string[]> {
  let el: Carepath | null = null;
  let page: HTMLElement | null = null;
  const warnings = await watched(async () => {
    if (c.page) {
      page = document.createElement('carepath-config');
      for (const [name, value] of Object.entries(c.page.attributes)) page.setAttribute(name, value);
      if (c.page.json !== undefined) page.append(jsonScript(c.page.json));
      stage.append(page);
    }
    el = document.createElement(c.tag) as Carepath;
    for (const [name, value] of Object.entries(c.first)) el.setAttribute(name, value);
    if (c.json !== undefined) el.append(jsonScript(c.json));
    if (c.config !== undefined) el.config = c.config;
    stage.append(el);
    await el.updateComplete;
    expect(problemsIn(el), `${c.tag} first render`).to.deep.equal([]);
    if (c.then) {
      for (const [name, value] of Object.entries(c.then)) el.setAttribute(name, value);
      await el.updateComplete;
      expect(problemsIn(el), `${c.tag} after attributes changed`).to.deep.equal([]);
    }
    if (c.tag === 'carepath-screener' && c.walk) {
      const result = await walkScreener(el as never, c.walk);
      await el.updateComplete;
      expect(result.dataset.kind, 'a result screen').to.be.oneOf(['level', 'medical-first', 'crisis', 'youth']);
      expect(problemsIn(el), `${c.tag} result`).to.deep.equal([]);
    }
  }).finally(() => {
    (el as HTMLElement | null)?.remove();
    (page as HTMLElement | null)?.remove();
  });
  const stray = warnings.filter((w) => !w.startsWith(`carepath: <${c.tag}> `) || / could not render/.test(w));
  expect(stray, 'every warning names the element; none says it could not render').to.deep.equal([]);
  return warnings;
}

function jsonScript(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

const RUNS = 50;

describe('bad input never breaks the page (issue 6): property-based', function () {
  this.timeout(180_000);

  before(openStage);
  after(closeStage);
  for (const tag of TAGS) {
    it(`<${tag}>: random and nasty values on every attribute, first and after a change`, async () => {
      await fc.assert(
        fc.asyncProperty(
          attributesFor(tag),
          fc.option(attributesFor(tag), { nil: undefined }),
          walks,
          async (first, then, walk) => {
            await run({ tag, first, then, walk });
          },
        ),
        { numRuns: RUNS },
      );
    });

    it(`<${tag}>: every attribute set at once, with a nasty JSON child, config property and page config`, async () => {
      await fc.assert(
        fc.asyncProperty(
          attributesFor(tag, true),
          fc.option(jsonText, { nil: undefined }),
          fc.option(configValue, { nil: undefined, freq: 2 }),
          pageConfig,
          walks,
          async (first, json, config, page, walk) => {
            await run({ tag, first, json, config, page, walk });
          },
        ),
        { numRuns: RUNS },
      );
    });

    it(`<${tag}>: only overrides, through the JSON child and the config property`, async () => {
      await fc.assert(
        fc.asyncProperty(jsonText, configValue, walks, async (json, config, walk) => {
          await run({ tag, first: {}, json, config, walk });
        }),
        { numRuns: RUNS },
      );
    });
  }

  after(async () => {
    // An <img onerror> would fire after its request fails; give it the time.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ran, 'payloads that ran, even late').to.deep.equal([]);
  });
});

/* ---------- Crafted invalid tokens: one warning each, naming element and attribute ---------- */

/** Warnings that name the element, the attribute (or key) and the token. */
const naming = (warnings: string[], tag: string, key: string, token: string) =>
  warnings.filter((w) => w.startsWith(`carepath: <${tag}> ${key}: `) && w.includes(`"${token}"`));

async function warningsOf(tag: Tag, attributes: Record<string, string>, walk: Answers | null = null): Promise<string[]> {
  return run({ tag, first: attributes, walk });
}

describe('each invalid token gets one warning naming element and attribute (issue 6)', function () {
  this.timeout(60_000);
  before(openStage);
  after(closeStage);

  const COMMON_CASES: Array<[string, string, string[]]> = [
    ['lang', 'klingon', ['klingon']],
    ['lang', 'fr-CA', ['fr-CA']],
    ['phone', 'call us today', ['call us today']],
    ['phone', '<img src=x>', ['<img src=x>']],
    ['cta-href', `javascript:${RUN}`, [`javascript:${RUN}`]],
    ['cta-href', ` JaVaScRiPt:${RUN}`, [` JaVaScRiPt:${RUN}`]],
    ['cta-href', `java\tscript:${RUN}`, [`java\tscript:${RUN}`]],
    ['cta-href', `\u202Ejavascript:${RUN}`, [`\u202Ejavascript:${RUN}`]],
    ['cta-href', 'data:text/html,<b>hi</b>', ['data:text/html,<b>hi</b>']],
    ['cta-href', 'vbscript:msgbox(1)', ['vbscript:msgbox(1)']],
    ['offered', '1 9.9 spa 2.1', ['9.9', 'spa']],
    ['offered', '3.3 1.5', ['3.3', '1.5']],
    ['edition', '5', ['5']],
    ['edition', 'third', ['third']],
    ['theme', 'purple', ['purple']],
  ];

  for (const tag of TAGS) {
    for (const [attribute, value, tokens] of COMMON_CASES) {
      it(`<${tag} ${attribute}="${value.replace(/[\t\u202E]/g, (c) => (c === '\t' ? '\\t' : '\\u202E'))}"> warns about ${tokens.map((t) => `"${t}"`).join(', ')}`, async () => {
        const warnings = await warningsOf(tag, { [attribute]: value });
        for (const token of tokens) {
          expect(naming(warnings, tag, attribute, token), `one warning for "${token}" in ${JSON.stringify(warnings)}`).to.have.length(1);
        }
      });
    }
  }

  const OWN_CASES: Array<[Tag, string, string, string[]]> = [
    ['carepath-compare', 'programs', 'outpatient spa iop 9.9', ['spa', '9.9']],
    ['carepath-compare', 'rows', 'hours price best-for colour', ['price', 'colour']],
    ['carepath-compare', 'highlight', 'nope', ['nope']],
    ['carepath-ladder', 'highlight', '9', ['9']],
    ['carepath-ladder', 'orientation', 'diagonal', ['diagonal']],
  ];
  for (const [tag, attribute, value, tokens] of OWN_CASES) {
    it(`<${tag} ${attribute}="${value}"> warns about ${tokens.map((t) => `"${t}"`).join(', ')}`, async () => {
      const warnings = await warningsOf(tag, { [attribute]: value });
      for (const token of tokens) {
        expect(naming(warnings, tag, attribute, token), `one warning for "${token}" in ${JSON.stringify(warnings)}`).to.have.length(1);
      }
    });
  }

  it('<carepath-screener ladder="no-such-ladder"> warns when a level result cannot point to it', async () => {
    const warnings = await warningsOf('carepath-screener', { ladder: 'no-such-ladder' }, TO_IOP);
    expect(naming(warnings, 'carepath-screener', 'ladder', 'no-such-ladder')).to.have.length(1);
  });

  it('duplicate codes are read once, without a warning', async () => {
    const warnings = await watched(async () => {
      const ladder = await fixture<Carepath>(html`<carepath-ladder offered="1 1 1.0 iop 2.1"></carepath-ladder>`);
      const compare = await fixture<Carepath>(html`<carepath-compare programs="iop iop 2.1 outpatient"></carepath-compare>`);
      const badges = (code: string) =>
        ladder.shadowRoot!.querySelector(`[data-code="${code}"]`)!.querySelectorAll('[part~="badge"]').length;
      expect(badges('1')).to.equal(1);
      expect(badges('2.1')).to.equal(1);
      expect(compare.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(2);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('config keys: unknown keys, unsafe override links and broken JSON each get a warning naming the key', async () => {
    const compare = await run({
      tag: 'carepath-compare',
      first: { programs: 'outpatient iop' },
      config: { colour: 'red', programs: { iop: { href: `javascript:${RUN}`, price: 10 } } },
    });
    expect(compare.filter((w) => w.startsWith('carepath: <carepath-compare> config.colour: '))).to.have.length(1);
    expect(compare.filter((w) => w.startsWith('carepath: <carepath-compare> config.programs.iop.price: '))).to.have.length(1);
    expect(naming(compare, 'carepath-compare', 'programs.iop.href', `javascript:${RUN}`)).to.have.length(1);

    const ladder = await run({
      tag: 'carepath-ladder',
      first: {},
      json: JSON.stringify({ levels: { '9.9': { name: 'Nine' }, '2.1': { href: `data:text/html,<script>${RUN}</script>` } } }),
    });
    expect(ladder.filter((w) => w.startsWith('carepath: <carepath-ladder> levels.9.9: '))).to.have.length(1);
    expect(naming(ladder, 'carepath-ladder', 'levels.2.1.href', `data:text/html,<script>${RUN}</script>`)).to.have.length(1);

    const screener = await run({ tag: 'carepath-screener', first: {}, json: '{"clinic-name": "Sample Recovery Center",' });
    expect(screener.filter((w) => w.startsWith('carepath: <carepath-screener> <script type="application/json">: '))).to.have.length(1);
  });
});

/* ---------- Legitimate text renders as written ---------- */

const WORDS = [
  'Clínica', 'Esperanza', '🌱', 'مركز', 'التعافي', 'Zoë', 'São', 'Paulo', 'Recovery', 'Centre', "O'Brien", '&', 'Co.',
  '<Sample>', '"Hope"', '日本語', 'שלום', 'Ñandú', '🏳️‍🌈', '👩🏽‍⚕️', 'Łódź', 'Ελπίδα', 'Надежда', 'ह्रदय', '1-2-3',
];
const legitimate = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((words) => words.join(' ')),
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
    .filter(
      (s) =>
        !/[\u0000-\u001F\u007F-\u009F]/.test(s) &&
        s === s.replace(/\s+/g, ' ').trim() &&
        s.length > 0 &&
        Array.from(s).length <= 120,
    ),
);

/** Text of every <bdi> in the shadow root. */
const bdis = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('bdi'), (b) => b.textContent);

describe('legitimate text renders as written, inside <bdi> (issue 6)', function () {
  this.timeout(120_000);
  before(openStage);
  after(closeStage);

  it('the right-to-left and accented names of the issue, in every element', async () => {
    for (const name of ['مركز التعافي', 'Clínica Esperanza 🌱']) {
      for (const tag of TAGS) {
        const el = document.createElement(tag) as Carepath;
        el.setAttribute('clinic-name', name);
        el.setAttribute('phone', '+1-206-555-0123');
        el.setAttribute('cta-href', '/contact');
        stage.append(el);
        await el.updateComplete;
        if (tag === 'carepath-screener') await walkScreener(el as never, TO_IOP);
        expect(bdis(el), `<${tag}>`).to.include(name);
        el.remove();
      }
    }
  });

  for (const tag of TAGS) {
    it(`<${tag}>: any clinic name and call-to-action label, exactly as written`, async () => {
      await fc.assert(
        fc.asyncProperty(legitimate, legitimate, fc.constantFrom('en', 'es'), async (name, label, lang) => {
          let el: Carepath | null = null;
          const warnings = await watched(async () => {
            el = document.createElement(tag) as Carepath;
            el.setAttribute('lang', lang);
            el.setAttribute('clinic-name', name);
            el.setAttribute('phone', '+1-206-555-0123');
            el.setAttribute('cta-href', '/contact');
            el.setAttribute('cta-label', label);
            stage.append(el);
            await el.updateComplete;
            if (tag === 'carepath-screener') await walkScreener(el as never, TO_IOP);
            await el.updateComplete;
            expect(bdis(el), 'the clinic name in a <bdi>').to.include(name);
            const cta = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="/contact"]')!;
            expect(cta.textContent!.replace(/\s+/g, ' ').trim(), 'the label').to.equal(label);
          }).finally(() => (el as HTMLElement | null)?.remove());
          expect(warnings).to.deep.equal([]);
        }),
        { numRuns: 40 },
      );
    });
  }

  it('program and level names given as overrides, exactly as written', async () => {
    await fc.assert(
      fc.asyncProperty(legitimate, legitimate, async (program, level) => {
        let compare: Carepath | null = null;
        let ladder: Carepath | null = null;
        const warnings = await watched(async () => {
          compare = document.createElement('carepath-compare') as Carepath;
          compare.config = { programs: { iop: { name: program } } };
          ladder = document.createElement('carepath-ladder') as Carepath;
          ladder.append(jsonScript(JSON.stringify({ levels: { '2.1': { name: level, description: program } } })));
          stage.append(compare, ladder);
          await Promise.all([compare.updateComplete, ladder.updateComplete]);
          expect(bdis(compare), 'compare column name').to.include(program);
          expect(bdis(ladder), 'ladder rung name').to.include(level);
          // A rung's details are there once it is opened.
          ladder.shadowRoot!.querySelector<HTMLButtonElement>('[data-code="2.1"] button')!.click();
          await ladder.updateComplete;
          expect(bdis(ladder), 'ladder rung description').to.include(program);
        }).finally(() => {
          (compare as HTMLElement | null)?.remove();
          (ladder as HTMLElement | null)?.remove();
        });
        expect(warnings).to.deep.equal([]);
      }),
      { numRuns: 40 },
    );
  });
});
