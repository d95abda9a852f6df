/**
 * The dataset tools import the Table Schema runtime by its published name,
 * `@factbox/datasets/schema`, which resolves (like for any user) to the
 * package's compiled `dist/schema.js`. But `npm run build` checks the datasets
 * before it compiles the packages — the package's row types are generated from
 * the datasets — so on a fresh checkout that file does not exist yet, and after
 * an edit to the runtime's sources it is stale. The command-line tools call
 * `ensureSchemaRuntime()` before they load anything that imports the entry: it
 * compiles that one entry and the modules it imports, with the package's own
 * compiler options, when (and only when) its output is missing or older than
 * its sources. `tsc -b` later writes the same files again with the whole package.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

/** The package directory, found by name through node_modules like the import itself. */
function packageDirectory(): string {
  return dirname(createRequire(import.meta.url).resolve('@factbox/datasets/package.json'));
}

/** `entry` and every module it imports by relative path, transitively (imports read, not type-checked). */
function localModules(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (imported.fileName.startsWith('.')) visit(resolve(dirname(file), imported.fileName.replace(/\.js$/, '.ts')));
    }
  };
  visit(entry);
  return [...seen];
}

function format(diagnostics: readonly ts.Diagnostic[]): string {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => process.cwd(),
    getNewLine: () => '\n',
  });
}

/**
 * Makes sure `@factbox/datasets/schema` can be imported and is as new as its
 * sources. Returns whether it had to compile. Throws with the compiler's
 * messages when the runtime does not compile.
 */
export function ensureSchemaRuntime(): boolean {
  const dir = packageDirectory();
  const entry = join(dir, 'src', 'schema.ts');
  const output = join(dir, 'dist', 'schema.js');
  const sources = localModules(entry);
  if (existsSync(output)) {
    const built = statSync(output).mtimeMs;
    // Every emitted file is written together, so the entry's output dates them all.
    if (sources.every((source) => statSync(source).mtimeMs <= built)) return false;
  }
  const config = ts.getParsedCommandLineOfConfigFile(
    join(dir, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(format([diagnostic]));
      },
    },
  );
  if (!config) throw new Error(`${dir}/tsconfig.json could not be read`);
  // The package's options, for this entry alone: no project bookkeeping, which `tsc -b` owns.
  const options: ts.CompilerOptions = {
    ...config.options,
    composite: false,
    incremental: false,
    tsBuildInfoFile: undefined,
    noEmit: false,
  };
  const program = ts.createProgram({ rootNames: [entry], options });
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...program.emit().diagnostics];
  if (diagnostics.some((d) => d.category === ts.DiagnosticCategory.Error)) {
    throw new Error(`@factbox/datasets/schema does not compile:\n${format(diagnostics)}`);
  }
  return true;
}
