/**
 * One widget catalogue (@factbox/widgets WIDGET_CATALOGUE) feeds every place
 * that needs a widget's facts, and the generated parts of committed files are
 * current:
 *
 * - a widget that does not exist yet, added to the catalogue, reaches every
 *   generated place (loader, reserved heights, README, WordPress, article);
 * - no file that needs a widget's facts types one itself (names, tags,
 *   titles, reserved heights), outside its generated blocks and comments;
 * - the committed files are what scripts/generated-files.mjs makes now, and the
 *   release the snippets pin matches the package (see releaseProblems).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { NARROW_SCREEN, WIDGET_CATALOGUE, type WidgetCatalogueEntry } from '@factbox/widgets';
import { loadersModule } from '../packages/embed/scripts/generate.mjs';
import { placeholderRule, reserveCss, undefinedElementRule, undefinedElementsCss } from '../packages/embed/src/reserve.js';
import { fromCatalogue, releaseProblems } from './generated-files.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string): string => readFileSync(join(REPO, path), 'utf8');

/** A widget that does not exist, with heights no real widget has. */
const GAUGE = {
  name: 'test-gauge',
  tag: 'factbox-test-gauge',
  resource: 'figures',
  title: { en: 'A gauge that exists only in this test', ar: 'مقياس لا يوجد إلا في هذا الاختبار' },
  height: { en: { wide: '12.25rem', narrow: '13.75rem' }, ar: { wide: '11.0625rem', narrow: '12.5625rem' } },
} as const satisfies WidgetCatalogueEntry;
const WITH_GAUGE: readonly WidgetCatalogueEntry[] = [...WIDGET_CATALOGUE, GAUGE];

describe('the widget catalogue feeds every place that needs a widget', () => {
  it("a widget added to the catalogue gets a loader in embed.js, and its reserved heights there and in sites' CSS", () => {
    assert.match(loadersModule(WITH_GAUGE), /"test-gauge": \(\) => import\("@factbox\/widgets\/test-gauge\.js"\)/);
    for (const [rule, selector, arabic] of [
      [undefinedElementRule, 'factbox-test-gauge', ':lang(ar)'],
      [placeholderRule, '[data-factbox="test-gauge"]', ':is([data-lang|="ar"],:lang(ar):not([data-lang]))'],
    ] as const) {
      const css = reserveCss(WITH_GAUGE, NARROW_SCREEN, rule);
      const [wide, narrow] = css.split(`@media ${NARROW_SCREEN}`) as [string, string];
      for (const [part, size] of [
        [wide, 'wide'],
        [narrow, 'narrow'],
      ] as const) {
        assert.ok(part.includes(`${selector}{`) && part.includes(GAUGE.height.en[size]), part);
        // In Arabic, after English's, its own (shorter) height.
        assert.ok(part.indexOf(`${selector}${arabic}{`) > part.indexOf(`${selector}{`) && part.includes(GAUGE.height.ar[size]), part);
      }
    }
  });

  it('a widget showing a selection (one of its own attributes set) reserves only the --factbox-height a site gives it', () => {
    const gauge = { ...GAUGE, attributes: ['scale'] } as const satisfies WidgetCatalogueEntry;
    const element = undefinedElementsCss([gauge], NARROW_SCREEN);
    assert.ok(
      element.startsWith('factbox-test-gauge:not(:defined){display:block;block-size:var(--factbox-height,var(--_fb-loading-height))}'),
      element,
    );
    assert.ok(element.includes(`factbox-test-gauge:not([scale]){--_fb-loading-height:${GAUGE.height.en.wide}}`), element);
    assert.ok(element.includes(`factbox-test-gauge:lang(ar):not([scale]){--_fb-loading-height:${GAUGE.height.ar.wide}}`), element);
    assert.ok(!element.includes('[scale]{') && !element.includes(':is([scale])'), `no height for a selection: ${element}`);
    const placeholder = reserveCss([gauge], NARROW_SCREEN, placeholderRule);
    assert.ok(
      placeholder.includes(`[data-factbox="test-gauge"]:not([data-scale]){min-height:var(--factbox-height,${GAUGE.height.en.narrow})}`),
      placeholder,
    );
    assert.ok(placeholder.includes('[data-factbox="test-gauge"]:is([data-scale]){min-height:var(--factbox-height,0)}'), placeholder);
  });

  it("a widget added to the catalogue reaches the README's table, the WordPress stylesheet and the article's CSS", async () => {
    const rewrites = await fromCatalogue(WITH_GAUGE, NARROW_SCREEN);
    assert.deepEqual(Object.keys(rewrites).sort(), ['README.md', 'examples/article/article.css', 'examples/wordpress/factbox.css']);
    for (const [path, rewrite] of Object.entries(rewrites)) {
      const text = rewrite(read(path));
      for (const fact of [GAUGE.name, GAUGE.height.en.wide, GAUGE.height.en.narrow, GAUGE.height.ar.wide, GAUGE.height.ar.narrow])
        assert.ok(text.includes(fact), `${path} lacks ${fact}`);
    }
    const readme = rewrites['README.md'](read('README.md'));
    for (const fact of [GAUGE.tag, GAUGE.resource, GAUGE.title.en, GAUGE.title.ar])
      assert.ok(readme.includes(fact), `README.md lacks ${fact}`);
  });

  type Fact = 'name' | 'tag' | 'title' | 'height';
  const EVERY_FACT: readonly Fact[] = ['name', 'tag', 'title', 'height'];
  /** The facts of each widget, of the kinds a file must not type itself. */
  const facts = (kinds: readonly Fact[]): string[] => [
    ...new Set(
      WIDGET_CATALOGUE.flatMap((entry) => [
        ...(kinds.includes('name') ? [entry.name] : []),
        ...(kinds.includes('tag') ? [entry.tag] : []),
        ...(kinds.includes('title') ? [entry.title.en, entry.title.ar] : []),
        ...(kinds.includes('height') ? [entry.height.en.wide, entry.height.en.narrow, entry.height.ar.wide, entry.height.ar.narrow] : []),
      ]),
    ),
  ];

  /** Code without its comments (which may name a widget as an example), printed by TypeScript. */
  const code = (path: string): string => {
    const kind = path.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
    const source = ts.createSourceFile(path, read(path), ts.ScriptTarget.Latest, false, kind);
    return ts.createPrinter({ removeComments: true }).printFile(source);
  };
  /** A file without its generated blocks and its comments. */
  const handWritten = (path: string): string => {
    const text = /\.(ts|js|mjs)$/.test(path) ? code(path) : read(path);
    return text
      .replace(/<!-- ([\w-]+):start[\s\S]*?<!-- \1:end -->/g, '')
      .replace(/\/\* ([\w-]+):start[\s\S]*?\/\* \1:end \*\//g, '')
      .replace(/<!--[\s\S]*?-->|\/\*[\s\S]*?\*\//g, '');
  };
  const CONSUMERS: readonly (readonly [string, readonly Fact[]])[] = [
    ...['embed.ts', 'frame.ts', 'resize.ts', 'snippets.ts', 'widget-names.ts', 'reserve.ts', 'protocol.ts'].map(
      (file) => [`packages/embed/src/${file}`, EVERY_FACT] as const,
    ),
    ...[
      'packages/embed/scripts/generate.mjs',
      'examples/builder/index.html',
      'examples/builder/builder.js',
      'examples/wordpress/factbox.php',
      'examples/wordpress/functions-snippet.php',
      'examples/article/article.css',
    ].map((path) => [path, EVERY_FACT] as const),
    // Prose may name a widget in an example; its title and heights come from the generated table.
    ...['README.md', 'packages/embed/README.md', 'examples/wordpress/README.md'].map((path) => [path, ['title', 'height']] as const),
  ];

  it("no file that needs a widget's facts types them itself", () => {
    const typed = CONSUMERS.flatMap(([path, kinds]) => {
      const text = handWritten(path);
      return facts(kinds)
        .filter((fact) => text.includes(fact))
        .map((fact) => `${path}: ${fact}`);
    });
    assert.deepEqual(typed, [], 'take these from WIDGET_CATALOGUE (or generate them: scripts/generated-files.mjs)');
  });
});

describe('the WordPress plugin', () => {
  it('enqueues its stylesheet file, and prints no inline style (a strict Content-Security-Policy holds)', () => {
    const plugin = read('examples/wordpress/factbox.php');
    assert.doesNotMatch(plugin, /<style|style=/i);
    assert.match(plugin, /wp_enqueue_style\(\s*'factbox',\s*plugins_url\(\s*'factbox\.css',\s*__FILE__\s*\)/);
  });
});

describe('generated parts of committed files', () => {
  it('are what scripts/generated-files.mjs makes from the catalogue and the release the snippets pin', () => {
    const check = spawnSync(process.execPath, [join(REPO, 'scripts', 'generated-files.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });

  const release = { version: '1.0.0', 'embed.js': 'sha384-E', 'resize.js': 'sha384-R', 'frame.js': 'sha384-F' };

  it("the release pins the package's version; its hashes must be the build's only when no changeset is pending", () => {
    // Just versioned or just published: the work tree is the release.
    assert.deepEqual(releaseProblems(release, { ...release }, []), []);
    // Ahead of the release, with a changeset that says a new version is coming: the snippets keep the published hashes.
    assert.deepEqual(releaseProblems(release, { ...release, 'embed.js': 'sha384-NEW' }, ['new-chart.md']), []);
    // Ahead of the release with nothing pending: what is built is not what the pinned version is.
    assert.match(releaseProblems(release, { ...release, 'embed.js': 'sha384-NEW' }, []).join('\n'), /embed\.js differ.*add one/);
    // A version bump without rewriting the release (npm run version-packages does both).
    assert.match(
      releaseProblems(release, { ...release, version: '1.1.0' }, ['x.md']).join('\n'),
      /pins 1\.0\.0, but @factbox\/embed is 1\.1\.0/,
    );
  });
});
