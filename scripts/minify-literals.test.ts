/**
 * The CSS minifier of Lit's templates changes only what cannot change a
 * rule: whitespace and comments, and the space after a declaration's colon,
 * never in a selector (where `svg :hover` and `svg:hover` select different
 * elements).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss } from './minify-literals.mjs';

describe('minifyCss', () => {
  it('drops comments and the spaces around braces, semicolons, commas and declaration colons', () => {
    assert.equal(
      minifyCss(`
      /* why */
      .a,
      .b {
        color: red;
        --x: 1px;
        font: 400 1rem / 1.4 system-ui, sans-serif;
      }`),
      // The run of whitespace at the start becomes one space: a template part may follow an expression.
      ' .a,.b{color:red;--x:1px;font:400 1rem / 1.4 system-ui,sans-serif}',
    );
  });

  it('keeps a descendant combinator before a pseudo-class, in a nested rule too', () => {
    assert.equal(
      minifyCss('@container (max-width: 30rem) { svg :hover { fill: red } }'),
      '@container (max-width: 30rem){svg :hover{fill:red}}',
    );
    assert.equal(minifyCss('.a :is(.b, .c) { margin: 0 }'), '.a :is(.b,.c){margin:0}');
  });

  it('leaves a declaration cut by a template expression as it is', () => {
    assert.equal(minifyCss('.reserve {\n  --_fb-reserved: '), '.reserve{--_fb-reserved: ');
  });
});
