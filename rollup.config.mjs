/**
 * The browser bundles of @factbox/embed, built from the TypeScript output in
 * packages/embed/build/ (npm packages are compiled by tsc, not bundled).
 */
import { classicScript, moduleBundle } from './scripts/rollup-outputs.mjs';

const built = (file) => `packages/embed/build/${file}`;
const dist = 'packages/embed/dist';

export default [
  moduleBundle({
    input: { embed: built('embed.js'), frame: built('frame.js') },
    dir: dist,
    pages: ['packages/embed/src/frame.html'],
    // A widget near the viewport needs its chart at once; row loading and downloads are on demand.
    preload: (chunk) => chunk.endsWith('-chart'),
    // Chart.js is one ES module; split, the pie's chunks leave out the bars' controller and scales.
    split: /\/node_modules\/chart\.js\/dist\/chart\.js$/,
  }),
  classicScript({ input: built('resize.js'), file: `${dist}/resize.js` }),
  // A build of its own, so that it shares no chunk with embed.js (which stays one file).
  moduleBundle({
    input: { snippets: built('snippets.js') },
    dir: dist,
    types: [built('snippets.d.ts'), built('widget-names.d.ts')],
  }),
];
