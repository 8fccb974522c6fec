import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/**
 * The one build pipeline, shared by rollup.config.mjs and the size report so both measure the same
 * bytes: Lit's production build, TypeScript, whitespace-free css``/html`` literals, then terser.
 */
export function buildPlugins({ declarations = false, outDir = 'dist' } = {}) {
  return [
    nodeResolve({ exportConditions: ['production'] }),
    typescript({
      tsconfig: './tsconfig.build.json',
      outDir,
      ...(declarations ? { declaration: true, declarationDir: `${outDir}/types` } : {}),
    }),
    // Whitespace between block tags goes, so the blank text nodes it made are not built (a
    // six-column table had 180 of them); spaces inside running text stay. Checked by comparing the
    // rendered text (innerText) of every element and self-check screen with and without it.
    minifyTemplateLiterals({
      include: ['src/**/*.ts'],
      failOnError: true,
      options: { minifyOptions: { conservativeCollapse: false } },
    }),
    terser({
      ecma: 2021,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ];
}
