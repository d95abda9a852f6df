/**
 * The build splits Chart.js into parts so that each chart chunk carries only
 * what it uses (scripts/split-module.mjs). These tests split small modules
 * whose shape is Chart.js's (classes, shadowed names, a reassigned `let`,
 * re-exported imports), bundle them, and run the bundles.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { parseAst } from 'rollup/parseAst';
import { splitModule, splitSource } from './split-module.mjs';

const LIBRARY = `
import { helper as h } from './helpers.js';
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

const dir = mkdtempSync(join(tmpdir(), 'factbox-split-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function partsOf(code: string) {
  return splitSource(code, (source: string) => parseAst(source), (specifier: string) => `/abs/${specifier}`, (part: number) => `part:${part}`);
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
    assert.equal(facade.split('\n').length, 6);
  });

  it('refuses a module with top-level code it cannot place', () => {
    assert.throws(() => partsOf(`${LIBRARY}\nconsole.log('side effect');`), /top-level ExpressionStatement/);
  });
});

describe('bundling a split module', () => {
  writeFileSync(join(dir, 'library.js'), LIBRARY);
  writeFileSync(join(dir, 'helpers.js'), HELPERS);
  writeFileSync(join(dir, 'pie.js'), `import { Pie } from './library.js';\nexport const run = () => [new Pie().describe(), new Pie().slices(1), new Pie().slices(2)];`);
  writeFileSync(join(dir, 'bar.js'), `import { BarChart } from './library.js';\nexport const run = () => [new BarChart().describe(), new BarChart().bars()];`);

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
  });
});
