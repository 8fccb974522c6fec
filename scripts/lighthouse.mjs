/**
 * `npm run lighthouse`: audits the demo page (demo/index.html) with Lighthouse 12.2.3 and the
 * system Chromium, and prints the four scores, then every audit that did not pass in full.
 * Another page: `npm run lighthouse -- demo/builder.html`. Lighthouse's default settings (mobile,
 * simulated slow 4G and CPU). Builds first unless LIGHTHOUSE_NO_BUILD is set. Not part of
 * `npm test`: scores depend on the machine. Exits non-zero when a score is below 100.
 * The full JSON report is written to lighthouse-report.json (not committed).
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startDevServer } from '@web/dev-server';

const target = process.argv[2] || 'demo/index.html';
if (!process.env.LIGHTHOUSE_NO_BUILD) execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });

/** Text compressed as any production host serves it (the dev server alone sends it raw). */
async function gzip(ctx, next) {
  await next();
  if (!/\.(html|css|js|json)$/.test(ctx.path) || !ctx.acceptsEncodings('gzip') || ctx.status !== 200 || !ctx.body) return;
  let body = ctx.body;
  if (typeof body.pipe === 'function') {
    const chunks = [];
    for await (const chunk of body) chunks.push(chunk);
    body = Buffer.concat(chunks);
  }
  ctx.body = gzipSync(body);
  ctx.set('Content-Encoding', 'gzip');
  ctx.remove('Content-Length');
}

const server = await startDevServer({
  config: { rootDir: '.', hostname: '127.0.0.1', port: 0, watch: false, middleware: [gzip] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const url = `http://127.0.0.1:${server.server.address().port}/${target}`;

let report;
try {
  // Asynchronous: the server answering Lighthouse runs in this process.
  const { stdout: json } = await promisify(execFile)(
    'node_modules/.bin/lighthouse',
    [url, '--output=json', '--quiet', '--chrome-flags=--headless=new --no-sandbox'],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' },
      maxBuffer: 64 * 1024 * 1024,
      encoding: 'utf8',
    },
  );
  report = JSON.parse(json);
} finally {
  await server.stop();
}
writeFileSync('lighthouse-report.json', JSON.stringify(report));

console.log(`Lighthouse ${report.lighthouseVersion} · ${target} · ${report.configSettings.formFactor}, ${report.configSettings.throttlingMethod} throttling`);
const categories = Object.values(report.categories);
for (const category of categories) {
  console.log(`${category.title.padEnd(16)} ${Math.round(category.score * 100)}`);
}
for (const category of categories) {
  for (const ref of category.auditRefs) {
    const audit = report.audits[ref.id];
    if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
      console.log(`  ${category.title}: ${audit.id} (${audit.score}) ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
    }
  }
}
process.exit(categories.every((category) => category.score === 1) ? 0 : 1);
