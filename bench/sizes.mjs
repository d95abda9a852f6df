/**
 * The gzipped JavaScript each kind of page fetches, from the build alone (no
 * browser, a second): embed.js, plus every chunk the loader's preload map
 * lists for the widgets on the page — exactly what a page requests. The
 * budgets test (packages/embed/src/budgets.test.ts) reads sizes this way;
 * `node bench/sizes.mjs [dist]` prints them (default dist: packages/embed/dist),
 * e.g. to compare two builds. Times belong to the benchmark (run.mjs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const EMBED_DIST = fileURLToPath(new URL('../packages/embed/dist/', import.meta.url));
const GZIP = { level: 9 };

/** The preload map the build wrote into embed.js: widget name → the chunks it needs. */
export function preloadMap(dist = EMBED_DIST) {
  const loader = readFileSync(join(dist, 'embed.js'), 'utf8');
  const literal = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(loader)?.[1];
  if (!literal) throw new Error(`${join(dist, 'embed.js')} holds no preload map`);
  return /** @type {Record<string, string[]>} */ (JSON.parse(JSON.parse(literal)));
}

/**
 * @param {readonly string[]} widgets the names of the widgets on the page
 * @returns {{ files: string[], bytes: number }} what the page fetches, gzipped
 */
export function pageSize(widgets, dist = EMBED_DIST) {
  const preload = preloadMap(dist);
  const files = [...new Set(['embed.js', ...widgets.flatMap((widget) => preload[widget] ?? [])])];
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), GZIP).length, 0);
  return { files, bytes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2] ?? EMBED_DIST;
  const names = Object.keys(preloadMap(dist));
  const pages = [['loader only', []], ...names.map((name) => [`${name} only`, [name]]), [`all ${names.length}`, names]];
  for (const [page, widgets] of pages) {
    const { files, bytes } = pageSize(widgets, dist);
    console.log(`${page.padEnd(24)} ${(bytes / 1024).toFixed(2).padStart(6)} KB gz  (${files.length} files)`);
  }
}
