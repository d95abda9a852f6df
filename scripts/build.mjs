/**
 * `npm run build`: every step from datasets/ to the embed bundle, in the one
 * order data flows (datasets → @factbox/datasets → widgets → embed).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './serve.mjs';

const bin = (name) => join(REPO_ROOT, 'node_modules', '.bin', name);
const steps = [
  ['datasets: check and generate @factbox/datasets', bin('tsx'), ['datasets/tools/build.ts']],
  [
    'widgets: generate the version module, the reserved heights (from the widget catalogue) and basemaps',
    bin('tsx'),
    ['packages/widgets/scripts/generate.mjs'],
  ],
  ['embed: generate the version and the widget loaders (from the widget catalogue)', bin('tsx'), ['packages/embed/scripts/generate.mjs']],
  ['typescript: compile every package', bin('tsc'), ['-b']],
  [
    'widgets: custom elements manifest',
    bin('custom-elements-manifest'),
    ['analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs'],
    'packages/widgets',
  ],
];
steps.push(
  // A clean dist/: content-hashed chunks of earlier builds must not linger and be published.
  ['embed: clean dist/', process.execPath, ['-e', "require('node:fs').rmSync('packages/embed/dist', { recursive: true, force: true })"]],
  ['rollup: bundle the embed files', bin('rollup'), ['-c', '--silent']],
  ['embed: Subresource Integrity (dist/integrity.json)', process.execPath, ['scripts/integrity.mjs']],
);

for (const [title, command, args, cwd = '.'] of steps) {
  console.log(`▶ ${title}`);
  const result = spawnSync(command, args, { cwd: join(REPO_ROOT, cwd), stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✗ build failed at: ${title}`);
    process.exit(result.status ?? 1);
  }
}
