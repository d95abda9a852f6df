/**
 * A rollup plugin that minifies the CSS and HTML inside Lit's tagged
 * templates (css`…`, html`…`, svg`…`), which terser leaves as written:
 * comments and indentation are a fifth of the widgets' shared chunk.
 *
 * Deliberately conservative, so that it cannot change what a template
 * renders: in CSS it drops comments and collapses whitespace, and removes
 * it only next to `{`, `}`, `;` and after `,` and `:` inside declarations;
 * in HTML and SVG it only collapses a run of whitespace that contains a
 * line break to one space (which renders as the run did in normal text;
 * none of these templates uses `white-space: pre`). Expressions (`${…}`)
 * are not touched; each literal part between them is minified alone.
 */
const TAGS = new Set(['css', 'html', 'svg']);

export function minifyCss(text) {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .replace(/,\s+/g, ',')
      // `name: value` only where a declaration starts (after `{` or `;`) and ends (`;` or `}`) before any `{`:
      // never in a selector, where `svg :hover` and `svg:hover` differ.
      .replace(/([{;])(-{0,2}[a-zA-Z][\w-]*) ?: ?(?=[^;{}]*[;}])/g, '$1$2:')
      .replace(/;}/g, '}')
  );
}

export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Calls `visit` on every node of an ESTree AST. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

export function minifyLiterals({ include = /\/(widgets|embed)\/(dist|build)\// } = {}) {
  return {
    name: 'factbox-minify-literals',
    transform(code, id) {
      if (!include.test(id) || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
        const minify = node.tag.name === 'css' ? minifyCss : minifyHtml;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const small = minify(raw);
          if (small !== raw) edits.push([quasi.start, quasi.end, small]);
        }
      });
      if (edits.length === 0) return null;
      let out = '';
      let at = 0;
      for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
        out += code.slice(at, start) + text;
        at = end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}
