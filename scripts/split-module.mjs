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
 * declare the names it mentions. Statements in a cycle of such references, and
 * a variable together with every statement that reassigns it, form one part
 * (so an import is never assigned to, and no two parts import each other:
 * each part runs after the parts it needs, in the original order). The
 * module itself becomes a facade that re-exports from its parts (and keeps
 * its side-effect-only imports). A module with any top-level statement other
 * than imports, declarations and one export list fails the build, naming the
 * statement. scripts/split-module.test.ts checks the parts of the installed
 * Chart.js with another scope analysis (terser's), so an upgrade that brings
 * a pattern this one misreads fails the tests rather than a reader's page.
 */

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

const PART_PREFIX = '\0factbox-split:';

/** The names a binding pattern (a parameter, a declarator's id) declares. */
function patternNames(pattern, names = []) {
  if (!pattern) return names;
  if (pattern.type === 'Identifier') names.push(pattern.name);
  else if (pattern.type === 'ObjectPattern') for (const property of pattern.properties) patternNames(property.type === 'RestElement' ? property.argument : property.value, names);
  else if (pattern.type === 'ArrayPattern') for (const element of pattern.elements) patternNames(element, names);
  else if (pattern.type === 'AssignmentPattern') patternNames(pattern.left, names);
  else if (pattern.type === 'RestElement') patternNames(pattern.argument, names);
  return names;
}

const FUNCTION = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** Nodes with a `var` scope of their own: `var` inside them does not reach the code around them. */
const VAR_SCOPE = new Set([...FUNCTION, 'StaticBlock']);

/** `var` declarations anywhere under `node` (a function body, a static block), not crossing into nested var scopes. */
function varNames(node, names = []) {
  if (!node || typeof node.type !== 'string') return names;
  if (node.type === 'VariableDeclaration' && node.kind === 'var') for (const declarator of node.declarations) patternNames(declarator.id, names);
  for (const child of Object.values(node)) {
    for (const item of Array.isArray(child) ? child : [child]) {
      if (item && typeof item.type === 'string' && !VAR_SCOPE.has(item.type)) varNames(item, names);
    }
  }
  return names;
}

function statementNames(statements, names = []) {
  for (const statement of statements) {
    if (statement.type === 'VariableDeclaration') for (const declarator of statement.declarations) patternNames(declarator.id, names);
    else if ((statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') && statement.id) names.push(statement.id.name);
  }
  return names;
}

/**
 * The names a node declares for the code inside it (a slight over-approximation is fine: see below).
 * A function's parameters are one scope and its body's `var`s another (see `freeIdentifiers`): a
 * default value `(a = limit)` sees the outer `limit` even when the body declares `var limit`.
 */
function scopeNames(node, parent, key) {
  if (FUNCTION.has(node.type)) {
    const names = node.params.flatMap((param) => patternNames(param));
    if (node.type === 'FunctionExpression' && node.id) names.push(node.id.name);
    return names;
  }
  const functionBody = parent && FUNCTION.has(parent.type) && key === 'body';
  if (node.type === 'BlockStatement') return [...statementNames(node.body), ...(functionBody ? varNames(node) : [])];
  if (functionBody) return varNames(node); // an arrow function's expression body declares nothing, but stay exact
  if (node.type === 'StaticBlock') return [...statementNames(node.body), ...varNames(node)];
  if (node.type === 'SwitchStatement') return statementNames(node.cases.flatMap((switchCase) => switchCase.consequent));
  if (node.type === 'ForStatement') return node.init?.type === 'VariableDeclaration' ? statementNames([node.init]) : [];
  if (node.type === 'ForInStatement' || node.type === 'ForOfStatement') return node.left.type === 'VariableDeclaration' ? statementNames([node.left]) : [];
  if (node.type === 'CatchClause') return patternNames(node.param);
  if (node.type === 'ClassExpression' && node.id) return [node.id.name];
  return [];
}

/** Is this Identifier a name in scope, as opposed to a property name or label? */
function isReference(parent, key) {
  if (!parent) return true;
  if (parent.type === 'MemberExpression' && key === 'property' && !parent.computed) return false;
  if ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && key === 'key' && !parent.computed) return false;
  if (parent.type === 'LabeledStatement' || parent.type === 'BreakStatement' || parent.type === 'ContinueStatement') return false;
  return true;
}

/** Whether the children of `node` under `key` are written to, given whether `node` is. */
function assignsChild(node, key, assigning) {
  if (node.type === 'AssignmentExpression') return key === 'left';
  if (node.type === 'UpdateExpression') return key === 'argument';
  if ((node.type === 'ForInStatement' || node.type === 'ForOfStatement') && key === 'left') return node.left.type !== 'VariableDeclaration';
  if (!assigning) return false;
  // Inside a target: `[a, {b: c = d}] = …` writes a and c; d, computed keys and `obj` in `obj.x = …` are only read.
  if (node.type === 'MemberExpression') return false;
  if (node.type === 'AssignmentPattern') return key === 'left';
  if (node.type === 'Property') return key === 'value';
  return node.type === 'ArrayPattern' || node.type === 'ObjectPattern' || node.type === 'RestElement';
}

/**
 * Calls `visit(name, assigned)` for every Identifier in `statement` that is
 * not bound by a scope inside it, i.e. that names a top-level binding or a
 * global; `assigned` when the statement writes to it. Block, function,
 * parameter and static-block scopes are honoured; a name a scope declares
 * counts as local throughout that scope. Where this is less precise than
 * JavaScript (a `var` seen from outside its block), it reports a reference
 * too many, which only makes the parts larger, never wrong.
 */
function freeIdentifiers(statement, visit) {
  const scopes = [];
  const walk = (node, parent, key, assigning) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'Identifier') {
      if (isReference(parent, key) && !scopes.some((scope) => scope.has(node.name))) visit(node.name, assigning);
      return;
    }
    // The statement's own name is top-level; its parameters and body are scopes like any other.
    const names = scopeNames(node === statement ? { ...node, id: null } : node, parent, key);
    if (names.length > 0) scopes.push(new Set(names));
    for (const [childKey, child] of Object.entries(node)) {
      const writes = assignsChild(node, childKey, assigning);
      for (const item of Array.isArray(child) ? child : [child]) if (item && typeof item === 'object') walk(item, node, childKey, writes);
    }
    if (names.length > 0) scopes.pop();
  };
  walk(statement, null, null, false);
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
        if (specifier.type !== 'ImportSpecifier') throw new Error(`unsupported import in the split module: ${code.slice(statement.start, statement.end)}`);
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

  const declaredBy = new Map();
  statements.forEach((statement, i) => {
    for (const name of statementNames([statement])) declaredBy.set(name, i);
  });
  const references = statements.map(() => new Set());
  const edges = statements.map(() => new Set());
  statements.forEach((statement, i) => {
    freeIdentifiers(statement, (name, assigned) => {
      references[i].add(name);
      const j = declaredBy.get(name);
      if (j === undefined || j === i) return;
      edges[i].add(j);
      // Reassigning a variable of another part would be assigning to an import: keep them together.
      if (assigned) edges[j].add(i);
    });
  });

  const groups = components(statements.length, edges.map((set) => [...set])).sort((a, b) => a[0] - b[0]);
  const partOf = new Array(statements.length);
  groups.forEach((group, p) => group.forEach((i) => (partOf[i] = p)));

  const parts = groups.map((group, p) => {
    const own = new Set(group.flatMap((i) => statementNames([statements[i]])));
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

  const facade = [...bareImports.map((source) => `import ${JSON.stringify(source)};`), ...exportList
    .map(({ local, exported }) => {
      const i = declaredBy.get(local);
      if (i !== undefined) {
        const name = local === exported ? local : `${local} as ${exported}`;
        return `export { ${name} } from ${JSON.stringify(partId(partOf[i]))};`;
      }
      const imported = imports.get(local);
      if (!imported) throw new Error(`the split module exports ${local}, which it neither declares nor imports`);
      const name = imported.imported === exported ? exported : `${imported.imported} as ${exported}`;
      return `export { ${name} } from ${JSON.stringify(imported.source)};`;
    })]
    .join('\n');
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
      const { facade, parts } = splitSource(code, (source) => this.parse(source), (specifier) => specifiers.get(specifier), partId);
      parts.forEach((part, p) => partCode.set(partId(p), part));
      return { code: facade };
    },
    resolveId(source) {
      return source.startsWith(PART_PREFIX) ? source : null;
    },
  };
}
