/**
 * `npm run bench`: builds, then measures the budgets of DESIGN §6 and prints each figure beside
 * its budget. Exits non-zero when a budget is broken. Not part of `npm test`: timings are noisy.
 * It also prints each element's share of the bundle (scripts/size-report.mjs) and writes that table
 * into README.md between `<!-- sizes:start -->` and `<!-- sizes:end -->`.
 *
 * Timing: headless Chromium (the system one) with a normal profile, median of 11 fresh pages, from
 * just before `import()` of the (cached) bundle until every `updateComplete` has resolved plus one
 * frame.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startDevServer } from '@web/dev-server';
import { sizeReport } from './size-report.mjs';

// Eleven pages a series: this 2-CPU machine's timings vary by a factor of two from page to page.
const RUNS = Number(process.env.BENCH_RUNS || 11);
const BUDGET = { gzip: 20 * 1024, three: 16, fifty: 100, longTask: 50, shift: 0.01 };
const results = [];
const record = (name, value, budget, unit, ok = value <= budget) => {
  results.push({ name, value, budget, unit, ok });
};

if (!process.env.BENCH_NO_BUILD) execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });

// 1. Sizes, deterministic.
const sizes = {};
for (const file of ['carepath.js', 'carepath.iife.js']) {
  const body = readFileSync(`dist/${file}`);
  const gz = gzipSync(body, { level: 9 }).length;
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  sizes[file] = { raw: body.length, gz, br };
  record(`${file} gzip`, gz, BUDGET.gzip, 'B');
  record(`${file} brotli`, br, BUDGET.gzip, 'B');
}

/**
 * The README's reserved-height CSS, read from README.md itself: its three `:not(:defined)` rules,
 * so the layout-shift page measures exactly what clinics are told to paste.
 */
function reservedCss() {
  const rules = readFileSync('README.md', 'utf8')
    .split('\n')
    .filter((line) => /^carepath-(compare|ladder|screener):not\(:defined\)\s*\{[^}]*min-height[^}]*\}/.test(line.trim()));
  if (rules.length !== 3) throw new Error('README.md should hold three `carepath-…:not(:defined) { … min-height … }` rules');
  return `${rules.join('\n')}\n`;
}
const reserved = reservedCss();

// 2. A server whose bundle responses may be cached, so pages after the first reuse it.
const server = await startDevServer({
  config: {
    rootDir: '.',
    hostname: '127.0.0.1',
    port: 0,
    middleware: [
      async (ctx, next) => {
        if (ctx.path === '/bench/reserved.css') {
          ctx.type = 'text/css';
          ctx.body = reserved;
          return;
        }
        await next();
        if (ctx.path.startsWith('/dist/')) ctx.set('Cache-Control', 'public, max-age=600');
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.server.address().port}`;

// A normal browser profile in a fresh directory, not an incognito-like context: there the bundle
// is cached on disk with the code Chromium compiled from it, as for a visitor who has been to the
// clinic's site before. (An incognito context keeps no compiled code: three elements then take
// about 20 ms longer here.)
const profile = mkdtempSync(join(tmpdir(), 'carepath-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  viewport: { width: 1000, height: 800 },
});
const requests = [];
context.on('request', (r) => requests.push(r.url()));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Loads a bench page RUNS times in fresh pages of one profile, after three loads that put the
 * bundle and its compiled code in the cache (Chromium keeps compiled code from the second load).
 */
async function timePage(path) {
  for (let i = 0; i < 3; i += 1) {
    const warm = await context.newPage();
    await warm.goto(`${origin}${path}`);
    await warm.evaluate(() => window.__bench);
    await warm.close();
  }
  const times = [];
  const longTasks = [];
  for (let i = 0; i < RUNS; i += 1) {
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    const { ms, longest } = await page.evaluate(() => window.__bench);
    times.push(ms);
    longTasks.push(longest);
    await page.close();
  }
  return { times, median: median(times), longest: Math.max(...longTasks) };
}

const three = await timePage('/bench/three.html');
record('3 elements: median time to rendered', three.median, BUDGET.three, 'ms');
record('3 elements: longest task (0: none over 50 ms)', three.longest, BUDGET.longTask, 'ms');
const fifty = await timePage('/bench/fifty.html');
record('50 instances: median time to rendered', fifty.median, BUDGET.fifty, 'ms');

// The long-task watch's control: the same page with an 80 ms task of its own must report it.
const busy = await timePage('/bench/three.html?busy=80');
record('longest task, control with an 80 ms task (must be >= 80)', busy.longest, 80, 'ms', busy.longest >= 80);

// Context, not budgets: the same measure over an empty module (what import() alone costs here),
// and the first layout of the elements' static copy as plain HTML.
const floor = await timePage('/bench/three.html?module=/bench/empty.js');
const staticLayouts = [];
for (let i = 0; i < RUNS; i += 1) {
  const page = await context.newPage();
  await page.goto(`${origin}/bench/static.html`);
  staticLayouts.push(await page.evaluate(() => window.__static));
  await page.close();
}

// 3. Layout shift over builder-made fallbacks with the README's reserved height, and its control.
const shiftHeights = {};
async function shiftOf(path) {
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  const score = await page.evaluate(() => window.__shift);
  shiftHeights[path] = await page.evaluate(() => window.__heights);
  await page.close();
  return score;
}
const shift = await shiftOf('/bench/shift.html');
record('layout shift, reserved height', shift, BUDGET.shift, '');
const control = await shiftOf('/bench/shift.html?control');
record('layout shift, control without reserved height (must be > 0)', control, 0, '', control > 0);

// 4. No request beyond the page, its stylesheet and the script.
const foreign = [...new Set(requests)].filter((u) => !u.startsWith(origin) || !/\/(bench\/[\w-]+\.(html|css|js)|dist\/carepath\.js)(\?.*)?$/.test(u));
record('requests other than page and script', foreign.length, 0, '');

await context.close();
await server.stop();
rmSync(profile, { recursive: true, force: true });

// Each element's share of dist/carepath.js, for the README's size table: four builds, run after
// the timings so that they do not load the machine while pages are timed.
const parts = await sizeReport();

const cpu = cpus();
console.log(`\ncarepath bench · ${cpu.length} CPU (${cpu[0]?.model.trim()}) · load ${loadavg().map((l) => l.toFixed(2)).join(' ')} · ${RUNS} fresh pages each`);
console.log(`3 elements, each page (ms): ${three.times.map((t) => t.toFixed(1)).join(' ')}`);
console.log(`50 instances, each page (ms): ${fifty.times.map((t) => t.toFixed(1)).join(' ')}`);
console.log(`this machine, for context: importing an empty module the same way, median ${floor.median.toFixed(1)} ms; a first layout of the elements' static copy as plain HTML, median ${median(staticLayouts).toFixed(1)} ms`);
for (const [path, h] of Object.entries(shiftHeights)) {
  const each = h.tags.map((tag, i) => `${tag.replace('carepath-', '')} ${h.before[i]} → ${h.after[i]}`).join(', ');
  console.log(`${path.includes('control') ? 'control' : 'reserved'} page, element heights in px before → after the script: ${each}`);
}
for (const r of results) {
  const value = r.unit === 'B' ? `${r.value} B` : r.unit === 'ms' ? `${r.value.toFixed(1)} ms` : r.value.toFixed(4);
  const budget = r.name.includes('control') ? (r.unit === 'ms' ? `>= ${r.budget} ms` : '> 0') : r.unit === 'B' ? `<= ${r.budget} B` : r.unit === 'ms' ? `< ${r.budget} ms` : `<= ${r.budget}`;
  console.log(`${r.ok ? 'ok  ' : 'OVER'} ${r.name.padEnd(62)} ${value.padStart(12)}   budget ${budget}`);
}
if (foreign.length) console.log('unexpected requests:', foreign);
writeFileSync('bench/last-sizes.json', `${JSON.stringify(sizes, null, 2)}\n`);

// The README's per-element size table, between its markers.
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const table = [
  '| part | gzip | brotli |',
  '|---|---:|---:|',
  ...parts.map((p) => `| ${p.part.replace(/^<|>(?= |$)/g, (c) => (c === '<' ? '`<' : '>`'))} | ${kb(p.gzip)} | ${kb(p.brotli)} |`),
].join('\n');
console.log('\nEach element\'s share of dist/carepath.js (the bundle without it, subtracted from the whole):');
for (const p of parts) console.log(`  ${p.part.padEnd(48)} ${String(p.gzip).padStart(6)} B gzip ${String(p.brotli).padStart(6)} B brotli`);
const START = '<!-- sizes:start -->';
const END = '<!-- sizes:end -->';
const readme = readFileSync('README.md', 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from === -1 || to < from) {
  console.log(`README.md has no ${START} … ${END} markers: its size table was not updated.`);
} else {
  const updated = `${readme.slice(0, from + START.length)}\n${table}\n${readme.slice(to)}`;
  if (updated !== readme) writeFileSync('README.md', updated);
  console.log(updated === readme ? 'README.md size table: unchanged.' : 'README.md size table: updated.');
}
const failed = results.filter((r) => !r.ok);
console.log(failed.length ? `\nbench: ${failed.length} budget(s) broken` : '\nbench: every budget met');
process.exit(failed.length ? 1 : 0);
