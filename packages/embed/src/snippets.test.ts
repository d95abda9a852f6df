import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cdnBase, escapeAttribute, iframeSnippet, isAcceptableDataUrl, placeholderSnippet, scriptSnippet, WIDGET_NAMES } from './snippets.js';

const release = { version: '1.2.3', integrity: { 'embed.js': 'sha384-AAA', 'resize.js': 'sha384-BBB' } };

describe('snippets', () => {
  it('placeholder: the widget name and only the options that are set', () => {
    assert.equal(placeholderSnippet({ widget: 'trade-share-pie' }), '<div data-factbox="trade-share-pie"></div>');
    assert.equal(placeholderSnippet({ widget: 'delegation-bars', lang: 'ar', theme: 'dark', heading: ' وفود ' }),
      '<div data-factbox="delegation-bars" data-lang="ar" data-theme="dark" data-heading="وفود"></div>');
  });

  it('escapes every value for an attribute', () => {
    const heading = `"><script>alert('x')</script>&`;
    const html = placeholderSnippet({ widget: 'exercises-map', heading });
    assert.equal(html, '<div data-factbox="exercises-map" data-heading="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;"></div>');
    assert.equal(escapeAttribute('a&b<c>"d\'e'), 'a&amp;b&lt;c&gt;&quot;d&#39;e');
    assert.ok(scriptSnippet({ widget: 'exercises-map', heading }, release).includes('heading="&quot;&gt;&lt;script&gt;'));
    assert.ok(!iframeSnippet({ widget: 'exercises-map', heading }, release, heading).includes('<script>alert'));
  });

  it('script: versioned CDN path with integrity, then the element', () => {
    assert.equal(scriptSnippet({ widget: 'trade-share-pie', lang: 'en' }, release), [
      `<script type="module" src="${cdnBase('1.2.3')}embed.js" async`,
      '        integrity="sha384-AAA" crossorigin="anonymous"></script>',
      '<factbox-trade-share-pie lang="en"></factbox-trade-share-pie>',
    ].join('\n'));
  });

  it('iframe: options in the query, a title, and the resizer with integrity', () => {
    const html = iframeSnippet({ widget: 'delegation-bars', lang: 'ar', src: 'https://example.org/d.csv?x=1&y=2' }, { ...release, base: 'https://cdn.example/f/' }, 'Bars');
    assert.ok(html.startsWith('<iframe src="https://cdn.example/f/frame.html?widget=delegation-bars&amp;lang=ar&amp;src=https%3A%2F%2Fexample.org%2Fd.csv%3Fx%3D1%26y%3D2"'), html);
    assert.ok(html.includes('title="Bars"'));
    assert.ok(html.includes('<script src="https://cdn.example/f/resize.js" integrity="sha384-BBB" crossorigin="anonymous" async></script>'));
  });

  it('accepts http(s) and relative data addresses only', () => {
    for (const good of ['https://example.org/a.json', 'http://x/a.csv', '/data/a.csv', 'data/a.csv', '../a.json', '?q=1']) assert.equal(isAcceptableDataUrl(good), true, good);
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:x', 'data:text/csv,a', 'blob:x', 'file:///etc', 'java\tscript:x', '', '  ']) assert.equal(isAcceptableDataUrl(bad), false, bad);
  });

  it('knows the three widgets', () => {
    assert.deepEqual(WIDGET_NAMES, ['trade-share-pie', 'delegation-bars', 'exercises-map', 'key-figures']);
  });
});
