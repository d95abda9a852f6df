/**
 * The kinds of output the repository builds with rollup, one function each,
 * so that rollup.config.mjs only says what goes where:
 *
 * - moduleBundle: ES modules for the browser, code-split into lazily loaded
 *   chunks that import each other by relative URL (any CDN path works);
 * - classicScript: one self-contained IIFE for a plain <script>;
 * - pages: HTML files emitted next to a module bundle, with the Subresource
 *   Integrity of the scripts they load filled in.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const resolve = () => nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'default'] });
const minify = () => terser({ ecma: 2020, module: true, format: { comments: false }, compress: { passes: 2 } });

export function subresourceIntegrity(code) {
  return `sha384-${createHash('sha384').update(code).digest('base64')}`;
}

/** Emits each page's template, replacing %INTEGRITY:<file>% with that output file's SRI hash. */
function pages(templates) {
  return {
    name: 'factbox-pages',
    generateBundle(_options, bundle) {
      for (const template of templates) {
        const source = readFileSync(template, 'utf8').replace(/%INTEGRITY:([^%]+)%/g, (_match, file) => {
          const chunk = bundle[file];
          if (!chunk || chunk.type !== 'chunk') this.error(`${template} asks for the integrity of ${file}, which this bundle does not produce`);
          return subresourceIntegrity(chunk.code);
        });
        this.emitFile({ type: 'asset', fileName: basename(template), source });
      }
    },
  };
}

/** Copies declaration files (from tsc's output) next to the bundle, for entries that are also imported from npm. */
function declarations(files) {
  return {
    name: 'factbox-declarations',
    generateBundle() {
      for (const file of files) this.emitFile({ type: 'asset', fileName: basename(file), source: readFileSync(file, 'utf8') });
    },
  };
}

/**
 * @param {{ input: Record<string, string>, dir: string, pages?: string[], types?: string[] }} options
 */
export function moduleBundle({ input, dir, pages: templates = [], types = [] }) {
  return {
    input,
    output: {
      dir,
      format: 'es',
      entryFileNames: '[name].js',
      // Content-hashed chunk names: every file under a versioned path is immutable and cacheable forever.
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: false,
    },
    plugins: [resolve(), minify(), pages(templates), declarations(types)],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
      warn(warning);
    },
  };
}

/**
 * @param {{ input: string, file: string }} options
 */
export function classicScript({ input, file }) {
  return {
    input,
    output: { file, format: 'iife', sourcemap: false },
    plugins: [resolve(), minify()],
  };
}
