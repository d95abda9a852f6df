/**
 * Builds what the bench serves into bench/dist/site/ (not committed):
 *
 *   embed/          a snapshot of packages/embed/dist (so a rebuild during the run cannot pull files away)
 *   peers/<id>.js   each peer page's bundle: esbuild, ESM, minified, production, tree-shaken
 *   <page>/index.html  Factbox pages from the snapshot's own snippets (snippets.js, integrity.json):
 *                   the markup users paste, with the integrity of the embed.js served
 *
 * `node bench/build.mjs` builds and prints the bundle sizes; run.mjs calls build().
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PAGES, PEERS, pageHtml } from './pages.mjs';

export const BENCH = dirname(fileURLToPath(import.meta.url));
export const REPO = join(BENCH, '..');
export const DIST = join(BENCH, 'dist');
export const SITE = join(DIST, 'site');
const EMBED_DIST = join(REPO, 'packages', 'embed', 'dist');

/** Relative imports of the embed files that point at no file in `dir` (a copy taken during a rebuild). */
function missingImports(dir) {
  const missing = [];
  const files = ['embed.js', ...readdirSync(join(dir, 'chunks')).map((f) => `chunks/${f}`)];
  for (const file of files) {
    const code = readFileSync(join(dir, file), 'utf8');
    for (const [, spec] of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = join(dirname(join(dir, file)), spec);
      if (!existsSync(target)) missing.push(`${file} → ${spec}`);
    }
  }
  return missing;
}

/** Why the copy's integrity.json does not describe its embed.js (a copy taken during a rebuild), or null. */
function integrityMismatch(dir) {
  const file = join(dir, 'integrity.json');
  if (!existsSync(file)) return 'integrity.json is missing';
  const expected = JSON.parse(readFileSync(file, 'utf8'))['embed.js'];
  const actual = `sha384-${createHash('sha384')
    .update(readFileSync(join(dir, 'embed.js')))
    .digest('base64')}`;
  return expected === actual ? null : `integrity.json gives ${expected} for embed.js, whose bytes hash to ${actual}`;
}

/**
 * Copies packages/embed/dist, and checks that the copy is whole: the build
 * empties dist/ first, so a copy taken while someone rebuilds may lack files,
 * or hold an integrity.json of another embed.js.
 */
async function snapshotEmbed(target, log) {
  for (let attempt = 1; ; attempt++) {
    rmSync(target, { recursive: true, force: true });
    try {
      cpSync(EMBED_DIST, target, { recursive: true });
      const missing = missingImports(target);
      const mismatch = existsSync(join(target, 'snippets.js')) ? integrityMismatch(target) : 'snippets.js is missing';
      if (missing.length === 0 && mismatch === null) return;
      if (attempt >= 10)
        throw new Error(`the copy of packages/embed/dist is incomplete: ${[...missing, mismatch].filter(Boolean).join(', ')}`);
    } catch (error) {
      if (attempt >= 10) throw error;
    }
    log(`  packages/embed/dist is changing (a build running?); copying it again (${attempt})`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

/**
 * The snippet users get for one widget, from the snapshot's own snippets.js:
 * scriptSnippet({ widget, preload }, { version, integrity, preload, base: '/embed/' }),
 * the release read from the snapshot's integrity.json (its `preload` map, when
 * the build writes one, gives the modulepreload links of first-screen widgets).
 */
async function snippetsOf(embedDir) {
  const snippets = await import(`${pathToFileURL(join(embedDir, 'snippets.js')).href}?${Date.now()}`);
  const integrity = JSON.parse(readFileSync(join(embedDir, 'integrity.json'), 'utf8'));
  const release = { version: integrity.version, integrity, preload: integrity.preload, base: '/embed/' };
  return (widget, preload) => snippets.scriptSnippet({ widget, preload }, release);
}

export async function build({ log = console.log } = {}) {
  if (!existsSync(join(EMBED_DIST, 'embed.js')) || !existsSync(join(EMBED_DIST, 'chunks'))) {
    throw new Error(`${join(EMBED_DIST, 'embed.js')} is missing: build Factbox first (npm run build at the repository root).`);
  }
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('esbuild is not installed in bench/: run `node bench/install.mjs` first.');
  }
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  await snapshotEmbed(join(SITE, 'embed'), log);

  const result = await esbuild.build({
    absWorkingDir: BENCH,
    entryPoints: Object.fromEntries(PEERS.map((peer) => [peer.id, join(BENCH, 'peers', `${peer.id}.js`)])),
    outdir: join(SITE, 'peers'),
    bundle: true,
    splitting: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    treeShaking: true,
    // Like Factbox's build (terser, comments: false): no license comments in the shipped files.
    legalComments: 'none',
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    metafile: true,
  });
  if (result.errors.length > 0) throw new Error(`esbuild failed: ${result.errors.map((e) => e.text).join('; ')}`);

  const snippet = await snippetsOf(join(SITE, 'embed'));
  for (const page of PAGES) {
    mkdirSync(join(SITE, page.id), { recursive: true });
    writeFileSync(join(SITE, page.id, 'index.html'), pageHtml(page, snippet));
  }

  const sizes = {};
  for (const peer of PEERS) {
    const code = readFileSync(join(SITE, 'peers', `${peer.id}.js`));
    sizes[peer.id] = { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
  }
  log(`▶ bench: built ${PEERS.length} peer bundles and ${PAGES.length} pages in ${SITE}`);
  for (const [id, size] of Object.entries(sizes)) {
    log(`  ${id.padEnd(12)} ${(size.bytes / 1024).toFixed(1).padStart(7)} KB min  ${(size.gzip / 1024).toFixed(1).padStart(6)} KB gz`);
  }
  return { site: SITE, sizes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  build().catch((error) => {
    console.error(`✗ ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
