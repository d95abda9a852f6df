/**
 * Custom Elements Manifest (custom-elements.json) from the widgets' JSDoc:
 * attributes, properties, events, CSS parts and custom properties, for
 * editors, docs and framework wrappers. Run by `npm run build`.
 */

/** The manifest describes the published files: dist/*.js, not src/*.ts. */
function publishedPaths() {
  const toDist = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  return {
    name: 'factbox-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.path = toDist(module.path);
        for (const item of [...(module.exports ?? []), ...(module.declarations ?? [])]) {
          if (item.declaration?.module) item.declaration.module = toDist(item.declaration.module);
          if (item.superclass?.module) item.superclass.module = toDist(item.superclass.module);
          for (const member of [...(item.members ?? []), ...(item.attributes ?? [])]) {
            if (member.inheritedFrom?.module) member.inheritedFrom.module = toDist(member.inheritedFrom.module);
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test/**', 'src/generated/**', 'src/**/*-chart.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publishedPaths()],
};
