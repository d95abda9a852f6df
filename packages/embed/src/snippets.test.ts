import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WIDGET_CATALOGUE, widgetEntry } from '@factbox/widgets';
import {
  ampIframeSnippet,
  cdnBase,
  escapeAttribute,
  iframeSnippet,
  isAcceptableDataUrl,
  placeholderSnippet,
  scriptSnippet,
  WIDGET_NAMES,
  type EmbedOptions,
} from './snippets.js';

const release = { version: '1.2.3', integrity: { 'embed.js': 'sha384-AAA', 'resize.js': 'sha384-BBB' } };

describe('snippets', () => {
  it('placeholder: the widget name and only the options that are set', () => {
    assert.equal(placeholderSnippet({ widget: 'trade-share-pie' }), '<div data-factbox="trade-share-pie"></div>');
    assert.equal(
      placeholderSnippet({ widget: 'delegation-bars', lang: 'ar', theme: 'dark', heading: ' وفود ' }),
      '<div data-factbox="delegation-bars" data-lang="ar" data-theme="dark" data-heading="وفود"></div>',
    );
  });

  it('escapes every value for an attribute', () => {
    const heading = `"><script>alert('x')</script>&`;
    const html = placeholderSnippet({ widget: 'exercises-map', heading });
    assert.equal(
      html,
      '<div data-factbox="exercises-map" data-heading="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;"></div>',
    );
    assert.equal(escapeAttribute('a&b<c>"d\'e'), 'a&amp;b&lt;c&gt;&quot;d&#39;e');
    assert.ok(scriptSnippet({ widget: 'exercises-map', heading }, release).includes('heading="&quot;&gt;&lt;script&gt;'));
    assert.ok(!iframeSnippet({ widget: 'exercises-map', heading }, release).includes('<script>alert'));
  });

  it('script: versioned CDN path with integrity, then the element', () => {
    assert.equal(
      scriptSnippet({ widget: 'trade-share-pie', lang: 'en' }, release),
      [
        `<script type="module" src="${cdnBase('1.2.3')}embed.js" async`,
        '        integrity="sha384-AAA" crossorigin="anonymous"></script>',
        '<factbox-trade-share-pie lang="en"></factbox-trade-share-pie>',
      ].join('\n'),
    );
  });

  it('iframe: options in the query, no border, full width, a title in the language it says, and the resizer with integrity', () => {
    const html = iframeSnippet(
      { widget: 'delegation-bars', lang: 'ar', src: 'https://example.org/d.csv?x=1&y=2' },
      { ...release, base: 'https://cdn.example/f/' },
    );
    assert.ok(
      html.startsWith(
        '<iframe src="https://cdn.example/f/frame.html?widget=delegation-bars&amp;lang=ar&amp;src=https%3A%2F%2Fexample.org%2Fd.csv%3Fx%3D1%26y%3D2" lang="ar"',
      ),
      html,
    );
    assert.ok(html.includes(`title="${widgetEntry('delegation-bars').title.ar}" style="border:0;width:100%"`), html);
    assert.ok(
      html.includes('<script src="https://cdn.example/f/resize.js" integrity="sha384-BBB" crossorigin="anonymous" async></script>'),
    );
    // Without a language the frame shows English, so its title is English and says so; a heading is the title.
    assert.match(
      iframeSnippet({ widget: 'exercises-map' }, release),
      new RegExp(`lang="en"\\s+title="${widgetEntry('exercises-map').title.en}"`),
    );
    assert.match(iframeSnippet({ widget: 'exercises-map', lang: 'ar', heading: 'عنوان' }, release), /lang="ar"\s+title="عنوان"/);
  });

  it("amp-iframe: the same frame, borderless, first sized at the widget's reserved height for a 640-px column", () => {
    const html = ampIframeSnippet({ widget: 'exercises-map', lang: 'ar' }, release);
    const { title, height } = widgetEntry('exercises-map');
    const pixels = Number.parseFloat(height.ar.wide) * (height.ar.wide.endsWith('rem') ? 16 : 1);
    assert.ok(
      html.startsWith(`<amp-iframe src="${cdnBase('1.2.3')}frame.html?widget=exercises-map&amp;lang=ar" lang="ar" title="${title.ar}"`),
      html,
    );
    assert.match(html, new RegExp(`width="640" height="${pixels}" layout="responsive" resizable frameborder="0"`));
    assert.match(html, /<button overflow type="button">[^<]+<\/button>\n<\/amp-iframe>$/);
  });

  it('accepts http(s) and relative data addresses only', () => {
    for (const good of ['https://example.org/a.json', 'http://x/a.csv', '/data/a.csv', 'data/a.csv', '../a.json', '?q=1'])
      assert.equal(isAcceptableDataUrl(good), true, good);
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:x',
      'data:text/csv,a',
      'blob:x',
      'file:///etc',
      'java\tscript:x',
      '',
      '  ',
      'https://exa mple.org/x.csv',
      'https://[::1/x.csv',
    ])
      assert.equal(isAcceptableDataUrl(bad), false, bad);
  });

  it('knows the widgets of the catalogue', () => {
    assert.deepEqual(
      WIDGET_NAMES,
      WIDGET_CATALOGUE.map((entry) => entry.name),
    );
  });

  it('refuses, with a TypeError naming the valid widgets, a widget name that is not one (the module is public: CMS plugins pass it strings)', () => {
    for (const widget of ['"><img src=x onerror=alert(1)>', 'no-such-chart', '', 'constructor', '__proto__', 'FACTBOX-TRADE-SHARE-PIE']) {
      const options = { widget } as unknown as EmbedOptions;
      for (const make of [
        () => placeholderSnippet(options),
        () => scriptSnippet(options, release),
        () => iframeSnippet(options, release),
        () => ampIframeSnippet(options, release),
      ]) {
        assert.throws(
          make,
          (error: unknown) => error instanceof TypeError && WIDGET_NAMES.every((name) => error.message.includes(name)),
          widget,
        );
      }
    }
  });
});
