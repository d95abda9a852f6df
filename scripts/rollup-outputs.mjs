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
import { minifyLiterals } from './minify-literals.mjs';
import { splitModule } from './split-module.mjs';

const resolve = () => nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'default'] });
const minify = () => terser({ ecma: 2020, module: true, format: { comments: false }, compress: { passes: 2 } });

export function subresourceIntegrity(code) {
  return `sha384-${createHash('sha384').update(code).digest('base64')}`;
}

/**
 * Emits each page from its template: %INTEGRITY:<file>% becomes that output
 * file's SRI hash, and %NAME% the page's value for NAME (one template can
 * give several pages).
 */
function pages(list) {
  return {
    name: 'factbox-pages',
    generateBundle(_options, bundle) {
      for (const { template, fileName = basename(template), values = {} } of list) {
        const source = readFileSync(template, 'utf8')
          .replace(/%INTEGRITY:([^%]+)%/g, (_match, file) => {
            const chunk = bundle[file];
            if (!chunk || chunk.type !== 'chunk')
              this.error(`${template} asks for the integrity of ${file}, which this bundle does not produce`);
            return subresourceIntegrity(chunk.code);
          })
          .replace(/%([A-Z_]+)%/g, (_match, name) => {
            if (!Object.hasOwn(values, name)) this.error(`${template} asks for %${name}%, which ${fileName} does not define`);
            return values[name];
          });
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}

/** The string embed.ts parses as its preload map, replaced here by the map (see embed.ts PRELOAD). */
const PRELOAD_MARKER = '__FACTBOX_PRELOAD_MAP__';

/**
 * Fills the entry chunks' preload map: for each chunk an entry imports
 * dynamically, every chunk it will need (its static imports and its own
 * dynamic imports, recursively). The loader then imports them all at once,
 * instead of discovering them one round trip after another. Runs before `pages`, which hashes the final code.
 */
function preloadMap(followDynamic) {
  return {
    name: 'factbox-preload-map',
    generateBundle(_options, bundle) {
      const closure = (fileName, seen = new Set()) => {
        const chunk = bundle[fileName];
        if (!chunk || chunk.type !== 'chunk' || seen.has(fileName)) return seen;
        seen.add(fileName);
        const dynamic = chunk.dynamicImports.filter((file) => followDynamic(bundle[file]?.name ?? ''));
        for (const next of [...chunk.imports, ...dynamic]) closure(next, seen);
        return seen;
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes(PRELOAD_MARKER)) continue;
        // Keyed by chunk name, which is the widget's name ("trade-share-pie"); paths relative to the entry.
        // No per-chunk integrity: Chromium fetches a module again, unchecked, when a preload with an
        // integrity mismatch fails, so it would promise a protection it does not give.
        const map = Object.fromEntries(chunk.dynamicImports.map((file) => [bundle[file]?.name ?? file, [...closure(file)]]));
        chunk.code = chunk.code.replace(new RegExp(`(["'\`])${PRELOAD_MARKER}\\1`), JSON.stringify(JSON.stringify(map)));
        // Also as a file, for the snippets' modulepreload links (scripts/integrity.mjs puts it in integrity.json).
        this.emitFile({ type: 'asset', fileName: 'preload.json', source: `${JSON.stringify(map, null, 2)}\n` });
      }
    },
  };
}

/**
 * Copies declaration files (from tsc's output) next to the bundle, for entries that are also imported from npm,
 * and emits other files given as text.
 */
function declarations(files, assets) {
  return {
    name: 'factbox-declarations',
    generateBundle() {
      for (const file of files) this.emitFile({ type: 'asset', fileName: basename(file), source: readFileSync(file, 'utf8') });
      for (const { fileName, source } of assets) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

/**
 * @param {object} options
 * @param {Record<string, string>} options.input entry name → file
 * @param {string} options.dir output folder
 * @param {{ template: string, fileName?: string, values?: Record<string, string> }[]} [options.pages] HTML pages to
 *   emit from templates, with %INTEGRITY:file% and %NAME% filled in
 * @param {string[]} [options.types] declaration files to copy next to the bundle
 * @param {{ fileName: string, source: string }[]} [options.assets] other files to emit, as text
 * @param {(chunkName: string) => boolean} [options.preload] which dynamically imported chunks count as needed
 *   at once in the preload map (the rest load on demand)
 * @param {RegExp} [options.split] a module to split into parts, so that each chunk gets only the parts it uses
 */
export function moduleBundle({ input, dir, pages: templates = [], types = [], assets = [], preload = () => false, split }) {
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
    plugins: [
      split && splitModule(split),
      resolve(),
      minifyLiterals(),
      minify(),
      preloadMap(preload),
      pages(templates),
      declarations(types, assets),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
      warn(warning);
    },
  };
}

/**
 * @param {object} options
 * @param {string} options.input
 * @param {string} options.file
 * @param {string[]} [options.types] declaration files to copy next to the script
 */
export function classicScript({ input, file, types = [] }) {
  return {
    input,
    output: { file, format: 'iife', sourcemap: false },
    plugins: [resolve(), minify(), declarations(types, [])],
  };
}
