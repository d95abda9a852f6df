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

/**
 * Reactive state (`static properties = { selectedKey: { state: true } }`) is not an attribute,
 * but the analyzer reads a static `properties` block as attributes: drop the attributes and
 * attribute links of members that are not public.
 */
function noStateAttributes() {
  return {
    name: 'factbox-no-state-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const internal = new Set(
            (declaration.members ?? [])
              .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
              .map((m) => m.name),
          );
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !internal.has(a.fieldName ?? a.name));
          for (const member of declaration.members ?? []) if (internal.has(member.name)) delete member.attribute;
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
  plugins: [publishedPaths(), noStateAttributes()],
};
