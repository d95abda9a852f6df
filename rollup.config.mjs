/**
 * The browser bundles of @factbox/embed, built from the TypeScript output in
 * packages/embed/build/ (npm packages are compiled by tsc, not bundled).
 */
import { classicScript, moduleBundle } from './scripts/rollup-outputs.mjs';
import { WIDGET_CATALOGUE } from './packages/widgets/dist/catalogue.js';
import { fallbackHtml, fallbackId } from './packages/embed/build/fallback.js';

const built = (file) => `packages/embed/build/${file}`;
const dist = 'packages/embed/dist';

/** Every widget's facts as plain HTML, in English and Arabic (packages/embed/src/fallback.ts). */
const fallbacks = WIDGET_CATALOGUE.flatMap(({ name }) => ['en', 'ar'].map((lang) => ({ name, lang })));
/** frame.html holds them all, each with the id the iframe snippet's fragment names. */
const frameFallbacks = fallbacks
  .map(({ name, lang }) => fallbackHtml(name, lang, { attributes: ` id="${fallbackId(name, lang)}"` }))
  .join('\n');

export default [
  moduleBundle({
    input: { embed: built('embed.js'), frame: built('frame.js') },
    dir: dist,
    // One template, two pages: frame-locked.html takes no `src` or `heading` from its address (for self-hosting).
    pages: [
      { template: 'packages/embed/src/frame.html', values: { FRAME: 'open', FALLBACKS: frameFallbacks } },
      { template: 'packages/embed/src/frame.html', fileName: 'frame-locked.html', values: { FRAME: 'locked', FALLBACKS: frameFallbacks } },
    ],
    // Each alone, for sites that build their own markup: @factbox/embed/fallbacks/<widget>.<lang>.html.
    assets: fallbacks.map(({ name, lang }) => ({ fileName: `fallbacks/${name}.${lang}.html`, source: `${fallbackHtml(name, lang)}\n` })),
    // A widget near the viewport needs its chart at once; row loading and downloads are on demand.
    preload: (chunk) => chunk.endsWith('-chart'),
    // Chart.js is one ES module; split, the pie's chunks leave out the bars' controller and scales.
    split: /\/node_modules\/chart\.js\/dist\/chart\.js$/,
    // embed.js and resize.js export nothing (`export {}`); typed, so that `import '@factbox/embed/embed.js'` type-checks.
    types: [built('embed.d.ts')],
  }),
  classicScript({ input: built('resize.js'), file: `${dist}/resize.js`, types: [built('resize.d.ts')] }),
  // A build of its own, so that it shares no chunk with embed.js (which stays one file).
  moduleBundle({
    input: { snippets: built('snippets.js') },
    dir: dist,
    types: [built('snippets.d.ts'), built('widget-names.d.ts'), built('attributes.d.ts')],
  }),
];
