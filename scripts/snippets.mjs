/**
 * `npm run snippets`: proof by pasting. Drives the snippet builder (demo/builder.html) the way an
 * editor would — by its labels, then "Copy snippet" — and pastes what it copied into blank pages of
 * another site (snippets-out/, its own server and origin), with the script self-hosted where the
 * snippet says (`/carepath-<version>.js`, integrity checked by the browser). Every element, ES and
 * classic builds, English and Spanish, light and dark, JavaScript on and off, 320 and 900 px wide,
 * plus the CMS form. Each page is screenshotted to snippets-out/shots/ and checked: rendered (or,
 * without JavaScript, the static copy shown), no console message, no request beyond page and script.
 *
 * `npm run snippets -- --docs` also writes the README's screenshots to docs/images/.
 * Builds first unless SNIPPETS_NO_BUILD is set. Exits non-zero when a check fails.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startDevServer } from '@web/dev-server';

const OUT = 'snippets-out';
const DOCS = process.argv.includes('--docs');
const CLINIC = { name: 'Sample Recovery Center', phone: '+1-206-555-0123' };

if (!process.env.SNIPPETS_NO_BUILD) execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** What the editor fills in for each element, by the builder's visible labels. */
const ELEMENTS = {
  compare: {
    radio: 'Comparison table',
    offered: ['Outpatient · Level 1', 'Intensive outpatient · Level 2.1'],
    select: { 'Mark as “Our program”': 'iop' },
  },
  ladder: {
    radio: 'Levels-of-care ladder',
    offered: ['Outpatient · Level 1', 'Intensive outpatient · Level 2.1', 'Partial hospitalization · Level 2.5'],
    select: { 'Mark as “Suggested starting point”': '2.1' },
  },
  screener: {
    radio: 'Self-check',
    offered: ['Outpatient · Level 1', 'Intensive outpatient · Level 2.1', 'Partial hospitalization · Level 2.5'],
    fill: { 'Call-to-action link': '/contact', 'Call-to-action words': 'Request a call back' },
    select: {},
  },
};
const BUILDS = ['module', 'classic'];
const LANGS = ['en', 'es'];
const THEMES = ['light', 'dark'];
const WIDTHS = [320, 900];

rmSync(OUT, { recursive: true, force: true });
mkdirSync(`${OUT}/shots`, { recursive: true });
// Self-hosting, as the builder tells the editor: the files under the snippet's address.
copyFileSync('dist/carepath.js', `${OUT}/carepath-${version}.js`);
copyFileSync('dist/carepath.iife.js', `${OUT}/carepath-${version}.iife.js`);

const serve = async (rootDir) => {
  const server = await startDevServer({
    config: { rootDir, hostname: '127.0.0.1', port: 0, watch: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { server, origin: `http://127.0.0.1:${server.server.address().port}` };
};
const builderSite = await serve('.');
const blankSite = await serve(OUT);

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
};

/* ---------- 1. The editor at the builder ---------- */

const editor = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await editor.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: builderSite.origin });
const builder = await editor.newPage();
builder.on('pageerror', (error) => failures.push(`builder: ${error.message}`));
builder.on('console', (message) => {
  if (['error', 'warning'].includes(message.type())) failures.push(`builder console: ${message.text()}`);
});
await builder.goto(`${builderSite.origin}/demo/builder.html`);
await builder.waitForSelector('html[data-ready]');

/** The builder's snippet for one choice of settings, copied with its Copy button. */
async function copyFromBuilder(kind, { build, lang, theme }, button = 'Copy snippet') {
  const spec = ELEMENTS[kind];
  const area = button === 'Copy snippet' ? '#snippet' : '#cms';
  await builder.reload();
  await builder.waitForSelector('html[data-ready]');
  const settled = async () => {
    await builder.waitForTimeout(50);
    await builder.evaluate(
      () => new Promise((done) => {
        let timer = setTimeout(done, 150);
        document.addEventListener('snippet-updated', () => {
          clearTimeout(timer);
          timer = setTimeout(done, 150);
        });
      }),
    );
  };
  await builder.getByRole('radio', { name: spec.radio }).check();
  await builder.getByLabel('Clinic name').fill(CLINIC.name);
  await builder.getByLabel('Phone').fill(CLINIC.phone);
  for (const [label, text] of Object.entries(spec.fill ?? {})) await builder.getByLabel(label).fill(text);
  for (const label of spec.offered) await builder.getByRole('checkbox', { name: label }).check();
  for (const [label, option] of Object.entries(spec.select)) await builder.getByLabel(label).selectOption(option);
  if (lang === 'es') await builder.getByLabel('Language').selectOption('es');
  if (theme === 'dark') await builder.getByLabel('Colours').selectOption('dark');
  if (build === 'classic') await builder.getByRole('radio', { name: 'Classic script' }).check();
  await settled();
  const expected = [`clinic-name="${CLINIC.name}"`, 'integrity="sha384-', lang === 'es' ? 'lang="es"' : '<', theme === 'dark' ? 'theme="dark"' : '<', build === 'classic' ? ' defer ' : 'type="module"'];
  await builder.waitForFunction(([selector, parts]) => parts.every((part) => document.querySelector(selector).value.includes(part)), [area, expected]);
  await builder.getByRole('button', { name: button }).click();
  await builder.getByText('Copied.').waitFor();
  const copied = await builder.evaluate(() => navigator.clipboard.readText());
  check(copied === (await builder.inputValue(area)), `${kind}: the clipboard holds what the builder shows`);
  return copied;
}

function page(title, lang, theme, snippet) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${theme === 'dark' ? '<meta name="color-scheme" content="dark">\n' : ''}<link rel="icon" href="data:,">
<title>${title}</title>
</head>
<body>
<p>A blank page. The snippet follows, pasted as copied.</p>
${snippet}
<p>The end of the page.</p>
</body>
</html>
`;
}

// The editor's minute: from the builder to a working ladder on a blank page, timed.
const begun = Date.now();
const minute = await copyFromBuilder('ladder', { build: 'module', lang: 'en', theme: 'light' });
await builder.screenshot({ path: `${OUT}/shots/builder.png`, fullPage: true });
writeFileSync(`${OUT}/minute.html`, page('Levels of care', 'en', 'light', minute));
const pasted = await editor.newPage();
await pasted.goto(`${blankSite.origin}/minute.html`);
const worked = await pasted
  .waitForFunction(() => document.querySelector('carepath-ladder')?.shadowRoot?.querySelector('[part~="rung"]'), null, { timeout: 5000 })
  .then(() => true, () => false);
check(worked, 'the editor\'s minute: the pasted ladder rendered');
await pasted.screenshot({ path: `${OUT}/shots/minute.png`, fullPage: true });
await pasted.close();
const took = ((Date.now() - begun) / 1000).toFixed(1);

const pages = [];
for (const kind of Object.keys(ELEMENTS)) {
  for (const build of BUILDS) {
    for (const lang of LANGS) {
      for (const theme of THEMES) {
        const snippet = await copyFromBuilder(kind, { build, lang, theme });
        const name = `${kind}-${build}-${lang}-${theme}`;
        writeFileSync(`${OUT}/${name}.html`, page(`${kind}, ${build}, ${lang}, ${theme}`, lang, theme, snippet));
        pages.push({ name, kind, build, lang, theme });
      }
    }
  }
  const cms = await copyFromBuilder(kind, { build: 'module', lang: 'en', theme: 'light' }, 'Copy CMS form');
  writeFileSync(`${OUT}/${kind}-cms.html`, page(`${kind}, CMS form`, 'en', 'light', cms));
  pages.push({ name: `${kind}-cms`, kind, build: 'module', lang: 'en', theme: 'light', cms: true });
}
await editor.close();

/* ---------- 2. The pasted pages, with and without JavaScript ---------- */

async function visit(entry, javaScriptEnabled, width) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
  const tab = await context.newPage();
  const messages = [];
  const requests = [];
  tab.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  tab.on('pageerror', (error) => messages.push(`error: ${error.message}`));
  tab.on('request', (request) => requests.push(request.url()));
  await tab.goto(`${blankSite.origin}/${entry.name}.html`);
  const tag = `carepath-${entry.kind}`;
  const label = `${entry.name} ${width}px JS ${javaScriptEnabled ? 'on' : 'off'}`;
  if (javaScriptEnabled) {
    await tab.waitForFunction((t) => customElements.get(t) && document.querySelector(t)?.shadowRoot?.querySelector('.root'), tag, { timeout: 5000 }).catch(() => {});
    const state = await tab.evaluate((t) => {
      const element = document.querySelector(t);
      const fallback = element?.firstElementChild;
      return {
        rendered: !!element?.shadowRoot?.querySelector('.root'),
        lang: element?.shadowRoot?.querySelector('.root')?.getAttribute('lang'),
        dark: element?.shadowRoot?.querySelector('.root')?.classList.contains('dark'),
        fallbackHidden: !fallback || fallback.getClientRects().length === 0,
        sideways: document.documentElement.scrollWidth > innerWidth,
      };
    }, tag);
    check(state.rendered, `${label}: the element rendered`);
    check(state.lang === entry.lang, `${label}: rendered in ${entry.lang} (got ${state.lang})`);
    check(state.dark === (entry.theme === 'dark'), `${label}: ${entry.theme} theme`);
    check(state.fallbackHidden, `${label}: the static copy is hidden once rendered`);
    check(!state.sideways, `${label}: the page does not scroll sideways`);
    const script = `${blankSite.origin}/carepath-${version}${entry.build === 'classic' ? '.iife' : ''}.js`;
    const others = requests.filter((url) => url !== `${blankSite.origin}/${entry.name}.html` && url !== script);
    check(others.length === 0, `${label}: no request beyond page and script (${others.join(', ')})`);
  } else {
    const state = await tab.evaluate((t) => {
      const fallback = document.querySelector(`${t}, [data-carepath]`)?.firstElementChild;
      return { shown: !!fallback && fallback.getClientRects().length > 0, text: document.body.innerText };
    }, tag);
    check(state.shown, `${label}: the static copy is shown without JavaScript`);
  }
  check(messages.length === 0, `${label}: console is quiet (${messages.join(' | ')})`);
  const shot = `${OUT}/shots/${entry.name}-${width}${javaScriptEnabled ? '' : '-nojs'}.png`;
  await tab.screenshot({ path: shot, fullPage: true });
  await context.close();
  return shot;
}

let shots = 0;
for (const entry of pages) {
  for (const width of WIDTHS) {
    await visit(entry, true, width);
    shots += 1;
    // Without JavaScript the build and theme make no difference: one of each language and element.
    if (entry.build === 'module' && entry.theme === 'light' && !entry.cms) {
      await visit(entry, false, width);
      shots += 1;
    }
  }
}

/* ---------- 3. The README's screenshots ---------- */

if (DOCS) {
  mkdirSync('docs/images', { recursive: true });
  const context = await browser.newContext({ viewport: { width: 640, height: 900 } });
  const tab = await context.newPage();
  const docs = [
    // The table and the weekly-hours picture; the footnote and call to action are left out to keep
    // the image small.
    ['compare-module-en-light', 'carepath-compare', 'compare.png', null, '[part~="hours-chart"]'],
    ['ladder-module-en-light', 'carepath-ladder', 'ladder.png', async (t) => {
      // One level opened, as a visitor would.
      await t.locator('carepath-ladder').getByRole('button', { name: /Intensive outpatient/ }).click();
    }],
    ['screener-module-es-dark', 'carepath-screener', 'screener-es-dark.png', null],
  ];
  for (const [name, tag, file, act, until] of docs) {
    await tab.goto(`${blankSite.origin}/${name}.html`);
    await tab.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('.root'), tag);
    if (act) await act(tab);
    const box = await tab.locator(tag).boundingBox();
    const end = until ? await tab.locator(tag).locator(until).boundingBox() : null;
    const height = end ? end.y + end.height + 4 - box.y : box.height;
    await tab.screenshot({ path: `docs/images/${file}`, clip: { ...box, height }, fullPage: true });
    const size = statSync(`docs/images/${file}`).size;
    check(size < 150 * 1024, `docs/images/${file} is under 150 KB (${size} B)`);
    console.log(`docs/images/${file}: ${Math.round(size / 1024)} KB`);
  }
  await context.close();
}

await browser.close();
await builderSite.server.stop();
await blankSite.server.stop();

console.log(`snippets: builder to a working ladder on a blank page in ${took} s (shots/builder.png, shots/minute.png)`);
console.log(`snippets: ${pages.length} pages pasted from the builder into ${OUT}/, ${shots} screenshots in ${OUT}/shots/`);
if (failures.length) {
  console.log(`snippets: ${failures.length} check(s) failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('snippets: every page rendered from its snippet; without JavaScript each shows its static copy');
