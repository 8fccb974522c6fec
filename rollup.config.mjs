import { readFileSync } from 'node:fs';
import { buildPlugins } from './scripts/build-plugins.mjs';
import { sriPlugin } from './scripts/rollup-sri.mjs';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8'));
const source = readFileSync('./src/version.ts', 'utf8');
if (!source.includes(`'${pkg.version}'`)) {
  throw new Error(`src/version.ts does not say ${pkg.version}, the version in package.json`);
}

export default [
  {
    input: 'src/carepath.ts',
    output: { file: 'dist/carepath.js', format: 'es', sourcemap: false },
    plugins: buildPlugins({ declarations: true }),
  },
  {
    input: 'src/iife.ts',
    output: { file: 'dist/carepath.iife.js', format: 'iife', sourcemap: false },
    plugins: [...buildPlugins(), sriPlugin(['carepath.js', 'carepath.iife.js'])],
  },
];
