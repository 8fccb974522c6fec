/**
 * What each element adds to dist/carepath.js, in gzip bytes: the full bundle against the same
 * bundle with that element replaced by an empty class. Used by `npm run bench` for the README's
 * per-element table; run alone with `node scripts/size-report.mjs` while trimming bytes, or with
 * `--modules` for the whole bundle's gzip plus each module minified and gzipped on its own (in
 * memory: it never writes dist/, so it is safe while others build).
 */
import { rollup } from 'rollup';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { buildPlugins } from './build-plugins.mjs';

const EMPTY = (cls) => `import { LitElement } from 'lit'; export class ${cls} extends LitElement {}`;
const ELEMENTS = {
  '<carepath-compare>': { 'src/compare/compare.ts': EMPTY('CarepathCompare') },
  '<carepath-ladder>': { 'src/ladder/ladder.ts': EMPTY('CarepathLadder') },
  '<carepath-screener> (with recommend)': {
    'src/screener/screener.ts': EMPTY('CarepathScreener'),
    'src/screener/recommend.ts': 'export function recommend() {}',
  },
};

async function bundleSize(replace = {}) {
  const swap = {
    name: 'swap-element',
    load(id) {
      for (const [path, code] of Object.entries(replace)) if (id.endsWith(path)) return code;
      return null;
    },
  };
  const plugins = [swap, ...buildPlugins({ outDir: 'node_modules/.cache/size-report' })];
  const bundle = await rollup({ input: 'src/carepath.ts', plugins, onwarn() {} });
  const { output } = await bundle.generate({ format: 'es', dir: 'node_modules/.cache/size-report' });
  await bundle.close();
  const code = Buffer.from(output[0].code);
  return {
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Rows of { part, gzip, brotli }: each element's share, then the shared base, then the whole. */
export async function sizeReport() {
  const full = await bundleSize();
  const rows = [];
  let shared = { ...full };
  for (const [part, replace] of Object.entries(ELEMENTS)) {
    const without = await bundleSize(replace);
    const row = { part, gzip: full.gzip - without.gzip, brotli: full.brotli - without.brotli };
    rows.push(row);
    shared = { gzip: shared.gzip - row.gzip, brotli: shared.brotli - row.brotli };
  }
  rows.push({ part: 'Lit, shared base, both languages’ common text', ...shared });
  rows.push({ part: 'dist/carepath.js, all of it', ...full });
  return rows;
}

/** The whole bundle's size, then every module of it minified and gzipped alone, largest first. */
async function moduleReport() {
  const plugins = buildPlugins({ outDir: 'node_modules/.cache/size-report' });
  const bundle = await rollup({ input: 'src/carepath.ts', plugins, onwarn() {} });
  const whole = await bundle.generate({ format: 'es', dir: 'node_modules/.cache/size-report' });
  const { output } = await bundle.generate({ format: 'es', dir: 'node_modules/.cache/size-report', preserveModules: true });
  await bundle.close();
  const gz = (code) => gzipSync(code, { level: 9 }).length;
  console.log(`dist/carepath.js would be ${gz(whole.output[0].code)} B gzip (budget 20480)`);
  const rows = output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o.code.length, gz(o.code)]);
  for (const [name, raw, zipped] of rows.sort((a, b) => b[2] - a[2])) {
    console.log(`${name.replace(/^.*?(src|node_modules)\//, '$1/').padEnd(60)} ${String(raw).padStart(6)} B min ${String(zipped).padStart(6)} B gzip alone`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href && process.argv.includes('--modules')) {
  await moduleReport();
} else if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of await sizeReport()) {
    console.log(`${row.part.padEnd(48)} ${String(row.gzip).padStart(6)} B gzip ${String(row.brotli).padStart(6)} B brotli`);
  }
}
