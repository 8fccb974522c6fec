/**
 * Packs carepath as npm would publish it, installs the tarball into a fresh temporary project and
 * checks that it resolves and type-checks there: `import { recommend } from 'carepath'`, the element
 * classes, `HTMLElementTagNameMap` typings, the iife and the manifest exports.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'carepath-pack-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString();

try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop();
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'fresh', private: true, type: 'module' }));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, tarball)], work);
  const pkgDir = join(work, 'node_modules', 'carepath');
  for (const file of ['dist/carepath.js', 'dist/carepath.iife.js', 'dist/carepath.sri.json', 'dist/types/carepath.d.ts']) {
    if (!existsSync(join(pkgDir, file))) throw new Error(`the tarball lacks ${file}`);
  }
  writeFileSync(
    join(work, 'use.ts'),
    `import { recommend, version, CarepathCompare, CarepathLadder, CarepathScreener, type Answers } from 'carepath';
const answers: Pick<Answers, 'for' | 'danger'> = { for: 'self', danger: 'medical' };
const kind: string = recommend(answers).kind;
const compare: CarepathCompare = document.createElement('carepath-compare');
const ladder: CarepathLadder | null = document.querySelector('carepath-ladder');
const screener: typeof CarepathScreener = CarepathScreener;
console.log(version, kind, compare, ladder, screener);
`,
  );
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, module: 'ESNext', moduleResolution: 'bundler', target: 'ES2021', lib: ['ES2022', 'DOM'], noEmit: true, skipLibCheck: false },
      files: ['use.ts'],
    }),
  );
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', work], work);
  const resolved = run(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('carepath'))"], work).trim();
  if (!resolved.endsWith('/node_modules/carepath/dist/carepath.js')) throw new Error(`'carepath' resolves to ${resolved}`);
  console.log(`pack: ${tarball} installs, resolves to dist/carepath.js and type-checks in a fresh project`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
