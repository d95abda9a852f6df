/**
 * A rollup plugin that splits one large ES module into a module per group of
 * top-level declarations, so that code splitting can put each part in the
 * chunk that uses it.
 *
 * Why: rollup never splits a module across chunks, and Chart.js ships as one
 * ES module (dist/chart.js). Without this, every chart chunk shares one
 * Chart.js chunk holding the union of what the pie and the bars use, and a
 * page with only the pie downloads the bar controller and both scales.
 *
 * How: every top-level statement is a node; it points at the statements that
 * declare the top-level names it uses. Which identifier is which binding is
 * eslint-scope's analysis (ESLint's own, maintained), not ours. Statements in
 * a cycle of such references, and a variable together with every statement
 * that reassigns it, form one part (so an import is never assigned to, and no
 * two parts import each other: each part runs after the parts it needs, in
 * the original order). The module itself becomes a facade that re-exports
 * from its parts (and keeps its side-effect-only imports). A module with any
 * top-level statement other than imports, declarations and one export list
 * fails the build, naming the statement. scripts/split-module.test.ts checks
 * the parts of the installed Chart.js with another scope analysis (terser's),
 * so an upgrade that brings a pattern either misreads fails the tests rather
 * than a reader's page.
 */

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { analyze } from 'eslint-scope';

const PART_PREFIX = '\0factbox-split:';

/** ESTree `range`s, which eslint-scope reads, from the `start`/`end` offsets rollup's parser gives. */
function withRanges(node) {
  if (Array.isArray(node)) node.forEach(withRanges);
  else if (node && typeof node.type === 'string') {
    node.range = [node.start, node.end];
    for (const child of Object.values(node)) if (child && typeof child === 'object') withRanges(child);
  }
  return node;
}

/** Tarjan's strongly connected components over `edges` (node index → node indices). */
function components(count, edges) {
  const index = new Array(count).fill(-1);
  const low = new Array(count).fill(0);
  const onStack = new Array(count).fill(false);
  const stack = [];
  const result = [];
  let next = 0;
  const visit = (v) => {
    index[v] = low[v] = next++;
    stack.push(v);
    onStack[v] = true;
    for (const w of edges[v]) {
      if (index[w] === -1) {
        visit(w);
        low[v] = Math.min(low[v], low[w]);
      } else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
    }
    if (low[v] === index[v]) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack[w] = false;
        component.push(w);
      } while (w !== v);
      result.push(component.sort((a, b) => a - b));
    }
  };
  for (let v = 0; v < count; v++) if (index[v] === -1) visit(v);
  return result;
}

/**
 * @param {string} code the module's source
 * @param {(code: string) => import('estree').Program} parse
 * @param {(specifier: string) => string} resolveImport absolute id for one of the module's import specifiers
 * @param {(part: number) => string} partId the id by which the facade and the other parts import a part
 * @returns {{ facade: string, parts: string[] }}
 */
export function splitSource(code, parse, resolveImport, partId) {
  const program = parse(code);
  const imports = new Map(); // local name → { imported, source }
  const bareImports = []; // `import 'x'`: kept, in order, in the facade
  const statements = [];
  let exportList = null;
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') {
      if (statement.specifiers.length === 0) bareImports.push(resolveImport(statement.source.value));
      for (const specifier of statement.specifiers) {
        if (specifier.type !== 'ImportSpecifier')
          throw new Error(`unsupported import in the split module: ${code.slice(statement.start, statement.end)}`);
        imports.set(specifier.local.name, { imported: specifier.imported.name, source: resolveImport(statement.source.value) });
      }
    } else if (statement.type === 'ExportNamedDeclaration' && !statement.declaration && !statement.source) {
      if (exportList) throw new Error('more than one export list in the split module');
      exportList = statement.specifiers.map((specifier) => ({ local: specifier.local.name, exported: specifier.exported.name }));
    } else if (['FunctionDeclaration', 'ClassDeclaration', 'VariableDeclaration'].includes(statement.type)) {
      statements.push(statement);
    } else {
      throw new Error(`cannot split a module with a top-level ${statement.type}`);
    }
  }
  if (!exportList) throw new Error('the split module has no export list');

  // Each top-level binding (imports included), and every reference to it from the top-level statements.
  const scopeManager = analyze(withRanges(program), { ecmaVersion: 2022, sourceType: 'module' });
  const moduleScope = scopeManager.globalScope?.childScopes.find((scope) => scope.type === 'module');
  if (!moduleScope) throw new Error('no module scope in the split module');
  /** The index of the top-level declaration containing `node`, or -1 (an import, the export list). */
  const statementOf = (node) => statements.findIndex((statement) => statement.start <= node.start && node.end <= statement.end);
  const declaredBy = new Map(); // top-level name → index of the statement declaring it
  const namesOf = statements.map(() => []); // statement → names it declares
  const edges = statements.map(() => new Set());
  for (const variable of moduleScope.variables) {
    if (variable.defs.some((def) => def.type === 'ImportBinding')) continue;
    const declaring = [...new Set(variable.defs.map((def) => statementOf(def.name)))];
    // A name declared by several statements (`var x` twice): they go together.
    for (const i of declaring) for (const j of declaring) if (i !== j) edges[i].add(j);
    declaredBy.set(variable.name, declaring[0]);
    namesOf[declaring[0]].push(variable.name);
  }
  const references = statements.map(() => new Set());
  for (const variable of moduleScope.variables) {
    const j = declaredBy.get(variable.name);
    for (const reference of variable.references) {
      const i = statementOf(reference.identifier);
      if (i === -1) continue;
      references[i].add(variable.name);
      if (j === undefined || j === i) continue;
      edges[i].add(j);
      // Reassigning a variable of another part would be assigning to an import: keep them together.
      if (reference.isWrite()) edges[j].add(i);
    }
  }

  const groups = components(
    statements.length,
    edges.map((set) => [...set]),
  ).sort((a, b) => a[0] - b[0]);
  const partOf = new Array(statements.length);
  groups.forEach((group, p) => group.forEach((i) => (partOf[i] = p)));

  const parts = groups.map((group, p) => {
    const own = new Set(group.flatMap((i) => namesOf[i]));
    const fromParts = new Map(); // part → names
    const fromImports = new Map(); // source → specifiers
    for (const i of group) {
      for (const name of references[i]) {
        if (own.has(name)) continue;
        const j = declaredBy.get(name);
        if (j !== undefined) {
          const names = fromParts.get(partOf[j]) ?? new Set();
          fromParts.set(partOf[j], names.add(name));
        } else if (imports.has(name)) {
          const { imported, source } = imports.get(name);
          const specifiers = fromImports.get(source) ?? new Set();
          fromImports.set(source, specifiers.add(imported === name ? name : `${imported} as ${name}`));
        }
      }
    }
    const lines = [];
    for (const [source, specifiers] of fromImports) lines.push(`import { ${[...specifiers].join(', ')} } from ${JSON.stringify(source)};`);
    for (const [part, names] of fromParts) {
      if (part === p) continue;
      lines.push(`import { ${[...names].join(', ')} } from ${JSON.stringify(partId(part))};`);
    }
    for (const i of group) lines.push(code.slice(statements[i].start, statements[i].end));
    lines.push(`export { ${[...own].join(', ')} };`);
    return lines.join('\n');
  });

  const facade = [
    ...bareImports.map((source) => `import ${JSON.stringify(source)};`),
    ...exportList.map(({ local, exported }) => {
      const i = declaredBy.get(local);
      if (i !== undefined) {
        const name = local === exported ? local : `${local} as ${exported}`;
        return `export { ${name} } from ${JSON.stringify(partId(partOf[i]))};`;
      }
      const imported = imports.get(local);
      if (!imported) throw new Error(`the split module exports ${local}, which it neither declares nor imports`);
      const name = imported.imported === exported ? exported : `${imported.imported} as ${exported}`;
      return `export { ${name} } from ${JSON.stringify(imported.source)};`;
    }),
  ].join('\n');
  return { facade, parts };
}

/**
 * @param {RegExp} include the ids of the modules to split (resolved file paths)
 */
export function splitModule(include) {
  /** part id → code, for the module being split (one module per build is what we need). */
  const partCode = new Map();
  return {
    name: 'factbox-split-module',
    buildStart() {
      partCode.clear(); // a new build (watch mode) splits afresh
    },
    async load(id) {
      // Side effects are left for rollup to find, as in any module: a part is dropped only when
      // nothing uses it and its top-level code has no effect rollup can see.
      if (id.startsWith(PART_PREFIX)) return { code: partCode.get(id) };
      if (!include.test(id)) return null;
      const code = await readFile(id, 'utf8');
      const specifiers = new Map();
      for (const statement of this.parse(code).body) {
        if (statement.type !== 'ImportDeclaration') continue;
        const specifier = String(statement.source.value);
        const resolved = await this.resolve(specifier, id);
        if (!resolved || resolved.external) this.error(`cannot resolve ${specifier} from ${id}`);
        specifiers.set(specifier, resolved.id);
      }
      if (partCode.size > 0) this.error(`splitModule handles one module per build; ${id} is a second`);
      // The parts are named after the module ("…/chart.js"), and so is the chunk that rollup makes of its shared parts.
      const partId = (part) => `${PART_PREFIX}${part}/${basename(id)}`;
      const { facade, parts } = splitSource(
        code,
        (source) => this.parse(source),
        (specifier) => specifiers.get(specifier),
        partId,
      );
      parts.forEach((part, p) => partCode.set(partId(p), part));
      return { code: facade };
    },
    resolveId(source) {
      return source.startsWith(PART_PREFIX) ? source : null;
    },
  };
}
