/**
 * The Subresource Integrity of each entry file of @factbox/embed.
 *
 * - `node scripts/integrity.mjs` (part of `npm run build`) writes
 *   packages/embed/dist/integrity.json, the hashes of this build (published
 *   with the package);
 * - `--release` (part of `npm run version-packages`) also writes
 *   packages/embed/release.json: the version the README's snippets, the
 *   embed builder and the WordPress plugin pin, with the hashes it is
 *   published with. Between releases the build changes and that file does
 *   not: what is on the CDN under that version does not change either.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { subresourceIntegrity } from './rollup-outputs.mjs';
import { REPO_ROOT } from './serve.mjs';

export const EMBED = join(REPO_ROOT, 'packages', 'embed');
export const ENTRIES = ['embed.js', 'resize.js', 'frame.js'];
/** The release the snippets pin: { version, 'embed.js', 'resize.js', 'frame.js' }. */
export const RELEASE_FILE = join(EMBED, 'release.json');

/**
 * `preload`: the chunks each widget needs, relative to dist/ (from the build's dist/preload.json), for the
 * snippets' modulepreload links; a release without it (older) gives snippets without them.
 * @typedef {{ version: string, 'embed.js': string, 'resize.js': string, 'frame.js': string, preload?: Record<string, string[]> }} Integrity
 */

/**
 * Version and integrity of the current build of @factbox/embed.
 * @returns {Integrity}
 */
export function buildIntegrity() {
  const { version } = JSON.parse(readFileSync(join(EMBED, 'package.json'), 'utf8'));
  const preload = JSON.parse(readFileSync(join(EMBED, 'dist', 'preload.json'), 'utf8'));
  return {
    version,
    ...Object.fromEntries(ENTRIES.map((file) => [file, subresourceIntegrity(readFileSync(join(EMBED, 'dist', file)))])),
    preload,
  };
}

/** @returns {Integrity} */
export function readRelease() {
  return JSON.parse(readFileSync(RELEASE_FILE, 'utf8'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const integrity = `${JSON.stringify(buildIntegrity(), null, 2)}\n`;
  writeFileSync(join(EMBED, 'dist', 'integrity.json'), integrity);
  if (process.argv.includes('--release')) {
    writeFileSync(RELEASE_FILE, integrity);
    console.log(`packages/embed/release.json: ${JSON.parse(integrity).version}`);
  }
}
