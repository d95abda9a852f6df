/**
 * The packages as npm will publish them: packed with `npm pack`, checked by
 * publint and Are The Types Wrong, installed from the tarballs into a fresh
 * project, and every public entry imported and type-checked there with
 * moduleResolution `bundler` and `node16`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(REPO, 'node_modules', '.bin');
const PACKAGES = ['datasets', 'widgets', 'embed'] as const;
type PackageName = (typeof PACKAGES)[number];

interface Packed {
  readonly tarball: string;
  readonly files: readonly string[];
}

/** Files each package must ship, and patterns nothing it ships may match. */
const REQUIRED: Record<PackageName, string[]> = {
  datasets: [
    'package.json',
    'README.md',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/generated/trade-share.js',
    'datapackage.json',
    'data/trade-share.csv',
    'data/sources.json',
  ],
  widgets: [
    'package.json',
    'README.md',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/trade-share-pie.js',
    'dist/delegation-bars.d.ts',
    'dist/exercises-map.js',
    'dist/key-figures.js',
    'dist/key-figures.d.ts',
    'dist/react.d.ts',
    'dist/generated/basemap.js',
    'custom-elements.json',
  ],
  embed: [
    'package.json',
    'README.md',
    'dist/embed.js',
    'dist/embed.d.ts',
    'dist/resize.js',
    'dist/resize.d.ts',
    'dist/frame.html',
    'dist/frame-locked.html',
    'dist/frame.js',
    'dist/integrity.json',
    'dist/snippets.js',
    'dist/snippets.d.ts',
    'dist/widget-names.d.ts',
  ],
};
const FORBIDDEN = [/^src\//, /\.test\./, /tsbuildinfo/, /fixtures/, /^build\//, /^scripts\//, /\.map$/, /(^|\/)test\//, /tsconfig/];

interface Entry {
  /** As in the exports map: `.`, `./react.js`. */
  readonly subpath: string;
  /** The specifier that imports it: `@factbox/widgets/react.js`. */
  readonly specifier: string;
  /** JavaScript with types, as opposed to a page, stylesheet or JSON file. */
  readonly module: boolean;
}

/** Every public entry of a package, read from its exports map (so renamed and new entries are checked too). */
function entries(name: PackageName): Entry[] {
  const { exports } = JSON.parse(readFileSync(join(REPO, 'packages', name, 'package.json'), 'utf8')) as {
    exports: Record<string, string | Record<string, string>>;
  };
  return Object.entries(exports).map(([subpath, target]) => {
    const file = typeof target === 'string' ? target : (target['default'] ?? '');
    return {
      subpath,
      specifier: `@factbox/${name}${subpath === '.' ? '' : subpath.slice(1)}`,
      module: typeof target === 'object' && typeof target['types'] === 'string' && /\.m?js$/.test(file),
    };
  });
}

function run(command: string, args: string[], cwd: string): { status: number | null; out: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  return { status: result.status, out: `${result.stdout}\n${result.stderr}` };
}

describe('published packages', () => {
  let work: string;
  const packed = new Map<PackageName, Packed>();

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'factbox-pack-'));
    for (const name of PACKAGES) {
      const result = run('npm', ['pack', '--json', '--pack-destination', work], join(REPO, 'packages', name));
      assert.equal(result.status, 0, result.out);
      const [info] = JSON.parse(result.out.slice(result.out.indexOf('['), result.out.lastIndexOf(']') + 1)) as {
        filename: string;
        files: { path: string }[];
      }[];
      assert.ok(info);
      packed.set(name, { tarball: join(work, info.filename), files: info.files.map((f) => f.path) });
    }
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  for (const name of PACKAGES) {
    it(`@factbox/${name}: ships what it needs and nothing else`, () => {
      const { files } = packed.get(name) as Packed;
      for (const file of REQUIRED[name]) assert.ok(files.includes(file), `${file} is missing from the tarball`);
      const leaked = files.filter((file) => FORBIDDEN.some((pattern) => pattern.test(file)));
      assert.deepEqual(leaked, []);
    });

    it(`@factbox/${name}: publint finds nothing`, () => {
      const result = run(join(BIN, 'publint'), ['--strict', (packed.get(name) as Packed).tarball], REPO);
      assert.equal(result.status, 0, result.out);
      assert.doesNotMatch(result.out, /warning|error|suggestion/i, result.out);
    });
  }

  for (const name of PACKAGES) {
    it(`@factbox/${name}: Are The Types Wrong finds nothing in any entry (ESM only)`, () => {
      // Every entry of the exports map, whatever it is called; pages and stylesheets are files, not modules.
      const files = entries(name)
        .filter((entry) => !entry.module)
        .map((entry) => entry.subpath);
      const exclude = files.length > 0 ? ['--exclude-entrypoints', ...files] : [];
      const result = run(
        join(BIN, 'attw'),
        [(packed.get(name) as Packed).tarball, '--profile', 'esm-only', '--format', 'table-flipped', ...exclude],
        REPO,
      );
      assert.equal(result.status, 0, result.out);
    });
  }

  describe('installed from the tarballs into a new project', () => {
    let project: string;

    before(() => {
      project = join(work, 'app');
      mkdirSync(project);
      const tarball = (name: PackageName): string => `file:${(packed.get(name) as Packed).tarball}`;
      writeFileSync(
        join(project, 'package.json'),
        JSON.stringify(
          {
            name: 'factbox-consumer',
            private: true,
            type: 'module',
            dependencies: {
              '@factbox/datasets': tarball('datasets'),
              '@factbox/widgets': tarball('widgets'),
              '@factbox/embed': tarball('embed'),
            },
            devDependencies: { '@types/react': '^19' },
          },
          null,
          2,
        ),
      );
      const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], project);
      assert.equal(install.status, 0, install.out);
      writeFileSync(
        join(project, 'consumer.ts'),
        `
import { tradeShare, sources, validateRows, parseCsv, toCsv, tradeShareSchema, type TradeShareRow, type SourceRow, type ResourceName } from '@factbox/datasets';
import '@factbox/widgets/trade-share-pie.js';
import '@factbox/widgets/delegation-bars.js';
import '@factbox/widgets/exercises-map.js';
import '@factbox/widgets/key-figures.js';
import { FactboxTradeSharePie, FactboxDelegationBars, FactboxExercisesMap, FactboxKeyFigures, WIDGET_TAGS, VERSION, type FactboxReadyDetail, type WidgetName } from '@factbox/widgets';
import type {} from '@factbox/widgets/react.js';
import { placeholderSnippet, type EmbedOptions } from '@factbox/embed/snippets.js';
// Every typed entry of the three exports maps, whatever they are called (the React types among them).
${PACKAGES.flatMap((name) => entries(name))
  .filter((entry) => entry.module)
  .map((entry, index) => `import type * as entry${index} from '${entry.specifier}';`)
  .join('\n')}

const rows: readonly TradeShareRow[] = tradeShare;
const first: SourceRow | undefined = sources[0];
const resource: ResourceName = 'trade-share';
const csv: string = toCsv(tradeShareSchema.fields, rows);
const back = validateRows<TradeShareRow>(tradeShareSchema, parseCsv(csv));
const share: number | undefined = back.rows[0]?.share_percent;

const pie: FactboxTradeSharePie = document.createElement('factbox-trade-share-pie');
pie.data = rows;
pie.theme = 'dark';
pie.addEventListener('factbox-ready', (event) => {
  const detail: FactboxReadyDetail = event.detail;
  console.log(detail.rowCount);
});
const bars: FactboxDelegationBars = document.createElement('factbox-delegation-bars');
const map: FactboxExercisesMap = document.createElement('factbox-exercises-map');
const cards: FactboxKeyFigures = document.createElement('factbox-key-figures');
cards.topics = 'trade,energy';
const name: WidgetName = 'exercises-map';
const tag: 'factbox-exercises-map' = WIDGET_TAGS[name];
const version: string = VERSION;

const element = <factbox-trade-share-pie lang="ar" heading-level={3} data={rows} onfactbox-ready={(e) => console.log(e.detail.rowCount)} />;
const figureCards = <factbox-key-figures topics="trade,energy" lang="ar" />;

const options: EmbedOptions = { widget: 'exercises-map', lang: 'ar' };
const snippet: string = placeholderSnippet(options);

export { first, resource, share, bars, map, cards, tag, version, element, figureCards, snippet };
`,
      );
    });

    for (const moduleResolution of ['bundler', 'node16'] as const) {
      it(`every public entry type-checks with moduleResolution ${moduleResolution}`, () => {
        const config = join(project, `tsconfig.${moduleResolution}.json`);
        writeFileSync(
          config,
          JSON.stringify({
            compilerOptions: {
              target: 'ES2022',
              module: moduleResolution === 'bundler' ? 'ESNext' : 'Node16',
              moduleResolution,
              lib: ['ES2022', 'DOM', 'DOM.Iterable'],
              jsx: 'react-jsx',
              strict: true,
              noEmit: true,
              skipLibCheck: false,
              types: [],
            },
            files: ['consumer.ts'],
          }),
        );
        // The consumer uses JSX, so its file is .tsx for this check.
        writeFileSync(join(project, 'consumer.tsx'), readFileSync(join(project, 'consumer.ts'), 'utf8'));
        writeFileSync(config, readFileSync(config, 'utf8').replace('consumer.ts', 'consumer.tsx'));
        const result = run(join(BIN, 'tsc'), ['-p', config], project);
        assert.equal(result.status, 0, result.out);
      });
    }

    it('the installed packages run in Node: datasets import and validate', () => {
      const result = run(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `
        import { tradeShare, tradeShareSchema, validateRows } from '@factbox/datasets';
        const { errors, rows } = validateRows(tradeShareSchema, tradeShare);
        if (errors.length || rows.length !== 2) throw new Error('unexpected');
        console.log('ok');
      `,
        ],
        project,
      );
      assert.equal(result.status, 0, result.out);
      assert.match(result.out, /ok/);
    });
  });
});
