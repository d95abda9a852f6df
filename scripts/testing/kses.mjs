/**
 * WordPress's own kses for the tests (packages/embed/src/kses.test.ts): what
 * an Author's post keeps of a CMS placeholder, from WordPress's real
 * `wp_kses_post`, run by php-cli through scripts/testing/kses.php.
 *
 * Where it comes from: the few files of wp-includes that kses needs, taken
 * from Debian's `wordpress` package with `apt-get download` and `dpkg-deb -x`
 * (not `apt-get install wordpress`, which would bring Apache and MySQL), kept
 * in .tmp/wordpress-kses/ (git-ignored, and `npm ci` leaves it alone); and
 * Debian's php-cli. `node scripts/testing/kses.mjs --install` gets whichever
 * is missing (.ci/run calls it); `node scripts/testing/kses.mjs` says what it
 * finds, or why there is nothing, and exits 1 then.
 *
 * FACTBOX_KSES_DIR: another folder with these files (say, a WordPress
 * checkout's wp-includes). PHP: another php executable.
 */
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNNER = fileURLToPath(new URL('kses.php', import.meta.url));

/** The files of wp-includes that scripts/testing/kses.php loads (it says what each is for). */
export const KSES_FILES = ['kses.php', 'plugin.php', 'class-wp-hook.php', 'formatting.php', 'functions.php', 'http.php', 'version.php'];

/** The cache folder --install fills: git-ignored, and outside node_modules so that `npm ci` keeps it. */
export const DEFAULT_KSES_DIR = join(REPO_ROOT, '.tmp', 'wordpress-kses');

/** How to get what is missing, for the messages of the test and of this script. */
export const KSES_INSTRUCTIONS = [
  'Install it with:',
  '  sudo apt-get install -y php-cli          (Debian/Ubuntu; elsewhere any PHP 7.4+ command line)',
  '  node scripts/testing/kses.mjs --install  (fetches both on Debian/Ubuntu: php-cli, and kses.php from the wordpress package)',
  `or put ${KSES_FILES.join(', ')} of a WordPress release's wp-includes in FACTBOX_KSES_DIR`,
  'and point PHP at a php executable, or set FACTBOX_SKIP_KSES=1 to skip this check.',
].join('\n');

const run = promisify(execFile);

function ksesDir() {
  return process.env.FACTBOX_KSES_DIR || DEFAULT_KSES_DIR;
}

function php() {
  return process.env.PHP || 'php';
}

/**
 * WordPress's kses and a php to run it, with their versions — or, when one is
 * missing, `{ reason }`, which says what is missing and how to get it.
 *
 * @returns {Promise<{ php: string, ksesDir: string, wordpress: string, phpVersion: string } | { reason: string }>}
 */
export async function findKses() {
  const dir = ksesDir();
  const missing = KSES_FILES.filter((file) => !existsSync(join(dir, file)));
  let phpVersion;
  try {
    phpVersion = (await run(php(), ['-r', 'echo PHP_VERSION;'])).stdout.trim();
  } catch (error) {
    const what = /** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT' ? 'is not installed' : 'does not run';
    return { reason: `No PHP: ${php()} ${what}.\n${KSES_INSTRUCTIONS}` };
  }
  if (missing.length > 0)
    return {
      reason: `No WordPress kses: ${missing.join(', ')} missing from ${relative(process.cwd(), dir) || dir}.\n${KSES_INSTRUCTIONS}`,
    };
  const { stdout } = await run(php(), [RUNNER, dir, '--version']);
  return { php: php(), ksesDir: dir, wordpress: stdout.trim(), phpVersion };
}

/**
 * What WordPress keeps of `html` when an Author saves it (`wp_kses_post`).
 * Throws when php or kses is missing, or when PHP says anything on stderr (a
 * notice would mean the stubs of kses.php no longer match WordPress).
 *
 * @param {string} html
 * @returns {string}
 */
export function ksesPost(html) {
  const result = spawnSync(php(), [RUNNER, ksesDir()], { input: html, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`Could not run ${php()}: ${result.error.message}\n${KSES_INSTRUCTIONS}`);
  if (result.status !== 0 || result.stderr.trim() !== '')
    throw new Error(`kses.php failed (exit ${result.status}):\n${result.stderr.trim()}\n${KSES_INSTRUCTIONS}`);
  return result.stdout;
}

/** Runs a command, its output shown only when it fails; true when it succeeded. */
function step(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status === 0) return true;
  process.stderr.write(
    `✗ ${command} ${args.join(' ')}: ${result.error?.message ?? `exit ${result.status}`}\n${result.stdout ?? ''}${result.stderr ?? ''}`,
  );
  return false;
}

/** apt-get as root: directly, through sudo, or not at all. */
function aptGet(args) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const root = typeof process.getuid !== 'function' || process.getuid() === 0;
  if (root) return step('apt-get', args, { env });
  if (spawnSync('sudo', ['-n', 'true']).status === 0) return step('sudo', ['DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args], { env });
  process.stderr.write(`✗ apt-get ${args.join(' ')} needs root, and sudo is not available without a password\n`);
  return false;
}

/** A Debian command, retried once after `apt-get update` (a fresh container has no package lists). */
function withPackageLists(attempt) {
  return attempt() || (aptGet(['update', '-qq']) && attempt());
}

/**
 * Gets what `findKses` finds missing, on Debian or Ubuntu: php-cli with
 * apt-get, and the wp-includes files of Debian's wordpress package (downloaded,
 * unpacked in a temporary folder, the files kses needs copied to the cache
 * folder). Resolves to what `findKses` then finds; throws when it cannot.
 */
export async function installKses() {
  const found = await findKses();
  if (!('reason' in found)) return found;
  if (spawnSync('apt-get', ['--version']).status !== 0) throw new Error(`Cannot install WordPress kses here: no apt-get.\n${found.reason}`);

  const hasPhp = spawnSync(php(), ['-r', '']).status === 0;
  if (!hasPhp) {
    console.log('▶ no php: apt-get install -y php-cli');
    if (!withPackageLists(() => aptGet(['install', '-y', '-qq', 'php-cli']))) throw new Error('Could not install php-cli with apt-get.');
  }

  const dir = ksesDir();
  if (KSES_FILES.some((file) => !existsSync(join(dir, file)))) {
    console.log(
      `▶ no WordPress kses: apt-get download wordpress, its wp-includes/{${KSES_FILES.join(',')}} to ${relative(REPO_ROOT, dir)}`,
    );
    const work = mkdtempSync(join(tmpdir(), 'factbox-wordpress-'));
    try {
      if (!withPackageLists(() => step('apt-get', ['download', '-qq', 'wordpress'], { cwd: work })))
        throw new Error('Could not download the wordpress package with apt-get.');
      const deb = readdirSync(work).find((name) => /^wordpress_.*\.deb$/.test(name));
      if (!deb) throw new Error('apt-get download wordpress left no wordpress_*.deb.');
      if (!step('dpkg-deb', ['-x', join(work, deb), join(work, 'root')])) throw new Error(`Could not unpack ${deb}.`);
      const includes = join(work, 'root', 'usr', 'share', 'wordpress', 'wp-includes');
      mkdirSync(dir, { recursive: true });
      for (const file of KSES_FILES) copyFileSync(join(includes, file), join(dir, file));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  const now = await findKses();
  if ('reason' in now) throw new Error(now.reason);
  return now;
}

/** One line for logs: what runs the test. */
function describeKses(found) {
  return `WordPress ${found.wordpress} kses (${relative(REPO_ROOT, found.ksesDir) || found.ksesDir}), PHP ${found.phpVersion} (${found.php})`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    if (process.argv.includes('--install')) {
      console.log(`▶ kses: ${describeKses(await installKses())}`);
    } else {
      const found = await findKses();
      if ('reason' in found) {
        console.error(found.reason);
        process.exitCode = 1;
      } else console.log(describeKses(found));
    }
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
