import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { sriPlugin } from './scripts/rollup-sri.mjs';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8'));
const source = readFileSync('./src/version.ts', 'utf8');
if (!source.includes(`'${pkg.version}'`)) {
  throw new Error(`src/version.ts does not say ${pkg.version}, the version in package.json`);
}

const plugins = (declarations) => [
  nodeResolve({ exportConditions: ['production'] }),
  typescript({
    tsconfig: './tsconfig.build.json',
    declaration: declarations,
    ...(declarations ? { declarationDir: 'dist/types' } : {}),
    outDir: 'dist',
  }),
  terser({ ecma: 2021, module: true, format: { comments: false } }),
];

export default [
  {
    input: 'src/carepath.ts',
    output: { file: 'dist/carepath.js', format: 'es', sourcemap: false },
    plugins: plugins(true),
  },
  {
    input: 'src/iife.ts',
    output: { file: 'dist/carepath.iife.js', format: 'iife', sourcemap: false },
    plugins: [...plugins(false), sriPlugin(['carepath.js', 'carepath.iife.js'])],
  },
];
