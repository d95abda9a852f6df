/**
 * The build splits Chart.js into parts so that each chart chunk carries only
 * what it uses (scripts/split-module.mjs). These tests split small modules
 * whose shape is Chart.js's (classes, shadowed names, a reassigned `let`,
 * re-exported imports), bundle them, and run the bundles.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { parseAst } from 'rollup/parseAst';
import { minify, type MinifyOptions } from 'terser';
import { splitModule, splitSource } from './split-module.mjs';

const LIBRARY = `
import { helper as h } from './helpers.js';
import './setup.js';
class Base { describe() { return 'base:' + this.constructor.id; } }
class Pie extends Base { static id = 'pie'; slices(index) { return h(index) + counter(); } }
class Bar extends Base { static id = 'bar'; bars() { const Pie = 'shadowed'; return Pie + tick(); } }
let calls = 0;
function counter() { return ++calls; }
function tick() { calls += 10; return calls; }
function even(n) { return n === 0 ? true : odd(n - 1); }
function odd(n) { return n === 0 ? false : even(n - 1); }
var registry = /* #__PURE__ */ new Map([['base', Base]]);
export { Base, Pie, Bar as BarChart, even, registry, h as helper };
`;
const HELPERS = `export function helper(n) { return 'h' + n; }`;
const SETUP = `globalThis.factboxSplitSetup = (globalThis.factboxSplitSetup ?? 0) + 1;`;

const dir = mkdtempSync(join(tmpdir(), 'factbox-split-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function partsOf(code: string) {
  return splitSource(
    code,
    (source: string) => parseAst(source),
    (specifier: string) => `/abs/${specifier}`,
    (part: number) => `part:${part}`,
  );
}

/** The part that declares `name`. */
function partDeclaring(parts: string[], name: string): string {
  const part = parts.find((p) => new RegExp(`^export \\{[^}]*\\b${name}\\b[^}]*\\};$`, 'm').test(p));
  assert.ok(part, `no part declares ${name}`);
  return part;
}

describe('splitting a module into parts', () => {
  const { facade, parts } = partsOf(LIBRARY);

  it('gives each independent declaration a part of its own', () => {
    assert.notEqual(partDeclaring(parts, 'Pie'), partDeclaring(parts, 'Bar'));
    assert.notEqual(partDeclaring(parts, 'Pie'), partDeclaring(parts, 'Base'));
    assert.match(partDeclaring(parts, 'Pie'), /import \{ Base \} from "part:\d+";/);
  });

  it('keeps a variable with the functions that reassign it, and mutually recursive functions together', () => {
    const calls = partDeclaring(parts, 'calls');
    assert.match(calls, /function counter/);
    assert.match(calls, /function tick/);
    assert.equal(partDeclaring(parts, 'even'), partDeclaring(parts, 'odd'));
  });

  it('does not mistake a local name for the top-level declaration it shadows', () => {
    assert.doesNotMatch(partDeclaring(parts, 'Bar'), /import \{[^}]*\bPie\b/);
  });

  it('imports only the outside names a part uses, from the resolved path', () => {
    assert.match(partDeclaring(parts, 'Pie'), /import \{ helper as h \} from "\/abs\/\.\/helpers\.js";/);
    assert.doesNotMatch(partDeclaring(parts, 'Bar'), /helpers/);
  });

  it('re-exports every name under its exported name, imports included', () => {
    assert.match(facade, /export \{ Bar as BarChart \} from "part:\d+";/);
    assert.match(facade, /export \{ helper \} from "\/abs\/\.\/helpers\.js";/);
    assert.match(facade, /^import "\/abs\/\.\/setup\.js";$/m);
    assert.equal(facade.split('\n').length, 7);
  });

  it('sees the outer name in a default parameter value, even when the body declares it with var', () => {
    const { parts: split } = partsOf(`const unit = 'px';\nfunction fmt(v, s = unit) { var unit = s; return v + unit; }\nexport { fmt };`);
    assert.match(partDeclaring(split, 'fmt'), /import \{ unit \} from "part:\d+";/);
  });

  it('keeps a var inside a class static block to that block', () => {
    const { parts: split } = partsOf(
      `const limit = 3;\nfunction g() { class K { static { var limit = 1; } } return limit; }\nexport { g };`,
    );
    assert.match(partDeclaring(split, 'g'), /import \{ limit \} from "part:\d+";/);
  });

  it('counts destructuring and for-of targets as reassignments, but not the object of a member assignment', () => {
    const { parts: split } = partsOf(
      [
        'let a = 0, b = 0, c = 0;',
        'const box = {};',
        'function swap() { [a, { b = box.fallback }] = [b, {}]; }',
        'function each(list) { for (c of list); }',
        'function fill() { box.value = 1; }',
        'export { a, b, c, box, swap, each, fill };',
      ].join('\n'),
    );
    assert.equal(partDeclaring(split, 'swap'), partDeclaring(split, 'a'));
    assert.equal(partDeclaring(split, 'each'), partDeclaring(split, 'a'));
    assert.notEqual(partDeclaring(split, 'fill'), partDeclaring(split, 'box'));
  });

  it('keeps side-effect-only imports, in the facade', () => {
    const { facade: withBare } = partsOf(`import 'polyfill';\nfunction f() { return 1; }\nexport { f };`);
    assert.match(withBare, /^import "\/abs\/polyfill";$/m);
  });

  it('refuses a module with top-level code it cannot place', () => {
    assert.throws(() => partsOf(`${LIBRARY}\nconsole.log('side effect');`), /top-level ExpressionStatement/);
  });
});

describe('splitting the installed Chart.js', () => {
  it("leaves no part using a top-level name it neither declares nor imports (checked with terser's scope analysis)", async () => {
    // The ES module that rollup.config.mjs splits (require() would resolve the CommonJS build).
    const file = fileURLToPath(import.meta.resolve('chart.js'));
    assert.match(file, /\/chart\.js\/dist\/chart\.js$/);
    const code = readFileSync(file, 'utf8');
    // Terser's AST output (`output.ast`) is part of its API but not of its type declarations.
    interface TerserToplevel {
      figure_out_scope(options: { module: boolean }): void;
      /** Names used but declared nowhere in the module. */
      globals: Map<string, unknown>;
      /** Names declared at the module's top level, imports included. */
      variables: Map<string, unknown>;
    }
    const options = { module: true, compress: false, mangle: false, output: { ast: true, code: false } } as MinifyOptions;
    const analyse = async (source: string): Promise<TerserToplevel> => {
      const toplevel = ((await minify(source, options)) as unknown as { ast: TerserToplevel }).ast;
      toplevel.figure_out_scope({ module: true });
      return toplevel;
    };
    const original = await analyse(code);
    const topLevelNames = new Set(original.variables.keys());
    assert.ok(topLevelNames.has('Chart') && topLevelNames.has('DoughnutController'), "the analysis sees Chart.js's top level");
    const { parts } = partsOf(code);
    assert.ok(parts.length > 100, `Chart.js splits into many parts (${parts.length})`);
    const missing: string[] = [];
    for (const [index, part] of parts.entries()) {
      const { globals } = await analyse(part);
      for (const name of globals.keys()) if (topLevelNames.has(name)) missing.push(`part ${index}: ${name}`);
    }
    assert.deepEqual(missing, []);
  });
});

describe('bundling a split module', () => {
  writeFileSync(join(dir, 'library.js'), LIBRARY);
  writeFileSync(join(dir, 'helpers.js'), HELPERS);
  writeFileSync(join(dir, 'setup.js'), SETUP);
  writeFileSync(
    join(dir, 'pie.js'),
    `import { Pie } from './library.js';\nexport const run = () => [new Pie().describe(), new Pie().slices(1), new Pie().slices(2)];`,
  );
  writeFileSync(
    join(dir, 'bar.js'),
    `import { BarChart } from './library.js';\nexport const run = () => [new BarChart().describe(), new BarChart().bars()];`,
  );

  const build = async () => {
    const bundle = await rollup({ input: { pie: join(dir, 'pie.js'), bar: join(dir, 'bar.js') }, plugins: [splitModule(/library\.js$/)] });
    const { output } = await bundle.write({ dir: join(dir, 'out'), format: 'es', chunkFileNames: '[name].js' });
    await bundle.close();
    return output;
  };

  it('puts what only one entry uses in that entry’s chunk, and the rest in a shared chunk', async () => {
    const output = await build();
    const chunks = output.flatMap((o) => (o.type === 'chunk' ? [o] : []));
    const code = (name: string): string => chunks.find((c) => c.name === name)?.code ?? '';
    assert.match(code('pie'), /static id = 'pie'/);
    assert.doesNotMatch(code('pie'), /static id = 'bar'/);
    assert.match(code('bar'), /static id = 'bar'/);
    assert.doesNotMatch(code('bar'), /static id = 'pie'/);
    const shared = chunks.filter((c) => !c.isEntry);
    assert.equal(shared.length, 1, `one shared chunk, got ${shared.map((c) => c.fileName).join(', ')}`);
    assert.equal(shared[0]?.name, 'library', 'the shared chunk is named after the split module');
    assert.match(shared[0]?.code ?? '', /class Base/);
  });

  it('runs as the unsplit module would', async () => {
    await build();
    const pie = (await import(pathToFileURL(join(dir, 'out', 'pie.js')).href)) as { run: () => unknown[] };
    const bar = (await import(pathToFileURL(join(dir, 'out', 'bar.js')).href)) as { run: () => unknown[] };
    assert.deepEqual(pie.run(), ['base:pie', 'h11', 'h22']);
    // One `calls` variable, shared by both entries: the bar chart's tick sees the pie's two counts.
    assert.deepEqual(bar.run(), ['base:bar', 'shadowed12']);
    // The side-effect-only import ran, once.
    assert.equal((globalThis as { factboxSplitSetup?: number }).factboxSplitSetup, 1);
  });
});
