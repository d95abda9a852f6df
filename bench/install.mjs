/**
 * bench/ has its own dependencies (the libraries it compares, and esbuild),
 * installed with `npm ci` from bench/package-lock.json — only when that
 * lockfile changed since the last install, not at every `npm run bench`. A
 * stamp in bench/node_modules holds the SHA-256 of the lockfile it was
 * installed from (`npm ci` empties node_modules first, so a failed install
 * leaves no stamp).
 *
 * `node bench/install.mjs` installs if needed; run.mjs calls ensureInstalled().
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BENCH = dirname(fileURLToPath(import.meta.url));

/**
 * @param {object} [options]
 * @param {string} [options.dir] the folder with package-lock.json (default: bench/)
 * @param {(dir: string) => boolean} [options.install] installs, and says whether it succeeded (default: npm ci)
 * @returns {'installed' | 'up to date'}
 */
export function ensureInstalled({ dir = BENCH, install = npmCi } = {}) {
  const lockfile = createHash('sha256')
    .update(readFileSync(join(dir, 'package-lock.json')))
    .digest('hex');
  const stamp = join(dir, 'node_modules', '.installed-from-lockfile-sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === lockfile) return 'up to date';
  if (!install(dir)) throw new Error(`could not install ${dir}'s dependencies (npm ci)`);
  writeFileSync(stamp, `${lockfile}\n`);
  return 'installed';
}

function npmCi(dir) {
  console.log('▶ bench: installing its dependencies (bench/package-lock.json changed, or first run)');
  return spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' }).status === 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`▶ bench dependencies: ${ensureInstalled()}`);
}
