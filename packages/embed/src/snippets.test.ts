import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WIDGET_CATALOGUE, widgetEntry } from '@factbox/widgets';
import {
  ampIframeSnippet,
  fallbackSnippet,
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
  it('placeholder: the widget name, only the options that are set, and the facts inside as plain HTML', () => {
    const pie = placeholderSnippet({ widget: 'trade-share-pie' });
    // The facts hold the widget's reserved height from the HTML's first paint: wide, or on a phone the narrow one.
    const reserve = 'min-height:var(--factbox-height,clamp(28.6875rem,(512.5px - 100vw) * 100000,43.625rem))';
    assert.ok(
      pie.startsWith(`<div data-factbox="trade-share-pie">\n<div class="factbox-fallback" lang="en" dir="ltr" style="${reserve}">\n`),
      pie,
    );
    assert.ok(pie.endsWith('\n</div>\n</div>'), pie);
    const bars = placeholderSnippet({ widget: 'delegation-bars', lang: 'ar', theme: 'dark', heading: ' وفود ' });
    assert.ok(
      bars.startsWith(
        '<div data-factbox="delegation-bars" data-lang="ar" data-theme="dark" data-heading="وفود">\n' +
          '<div class="factbox-fallback" lang="ar" dir="rtl" style="min-height:var(--factbox-height,clamp(21.8125rem,(512.5px - 100vw) * 100000,34.25rem))">\n' +
          '<p><strong>وفود</strong></p>',
      ),
      bars,
    );
  });

  it('the facts: title, the numbers as the source writes them (a derived value said to be one), the source line', () => {
    const pie = placeholderSnippet({ widget: 'trade-share-pie', lang: 'en' });
    assert.match(pie, /<p><strong>Shares of North Korea’s trade<\/strong><\/p>/);
    assert.match(pie, /China, over 90%; Rest of the world, under 10% \(derived from the other share, not stated\)/);
    assert.match(
      pie,
      /<p><small>Source: FUTURE for Advanced Research and Studies \(publisher inferred\), 20 November 2024\.<\/small><\/p>/,
    );
    // The text states no North Korea–China count: the facts never give the derived 10 as one.
    const bars = placeholderSnippet({ widget: 'delegation-bars', lang: 'en' });
    assert.match(
      bars,
      /North Korea–Russia, 40; North Korea–China, no count stated \(the same sentence's “a four-fold increase in interaction between Pyongyang and Beijing” is ambiguous\)/,
    );
    assert.doesNotMatch(bars, /\b10\b/);
    const barsAr = placeholderSnippet({ widget: 'delegation-bars', lang: 'ar' });
    assert.match(barsAr, /كوريا الشمالية–روسيا، ٤٠؛/);
    assert.match(barsAr, /<span lang="en" dir="ltr">“a four-fold increase in interaction between Pyongyang and Beijing”<\/span>/);
    assert.match(
      placeholderSnippet({ widget: 'events-timeline' }),
      /Sources: FUTURE for Advanced Research and Studies \(publisher inferred\), 20 November 2024; The Phnom Penh Post, 5 January 2024\./,
    );
    assert.match(
      placeholderSnippet({ widget: 'key-figures' }),
      /over seven decades \(Length of China's close relationship with North Korea\)/,
    );
    // Rows of the host's own: not the built-in facts, but the title and where the data is.
    const own = placeholderSnippet({ widget: 'trade-share-pie', src: 'https://example.org/t.csv' });
    assert.doesNotMatch(own, /over 90%/);
    assert.match(own, /<p><a href="https:\/\/example\.org\/t\.csv">The data<\/a><\/p>/);
  });

  it('the facts alone, for sites that write their own element: what the placeholder holds', () => {
    const options = { widget: 'exercises-map', lang: 'ar' } as const;
    const facts = fallbackSnippet(options);
    assert.ok(facts.startsWith('<div class="factbox-fallback" lang="ar" dir="rtl" style="min-height:'), facts);
    assert.equal(placeholderSnippet(options), `<div data-factbox="exercises-map" data-lang="ar">\n${facts}\n</div>`);
  });

  it('escapes every value for an attribute, and the heading in the facts', () => {
    const heading = `"><script>alert('x')</script>&`;
    const html = placeholderSnippet({ widget: 'exercises-map', heading });
    assert.ok(
      html.startsWith('<div data-factbox="exercises-map" data-heading="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">'),
      html,
    );
    assert.ok(html.includes("<p><strong>\"&gt;&lt;script&gt;alert('x')&lt;/script&gt;&amp;</strong></p>"), html);
    assert.ok(!html.includes('<script>'), html);
    assert.equal(escapeAttribute('a&b<c>"d\'e'), 'a&amp;b&lt;c&gt;&quot;d&#39;e');
    assert.ok(scriptSnippet({ widget: 'exercises-map', heading }, release).includes('heading="&quot;&gt;&lt;script&gt;'));
    assert.ok(!scriptSnippet({ widget: 'exercises-map', heading }, release).includes('<script>alert'));
    assert.ok(!iframeSnippet({ widget: 'exercises-map', heading }, release).includes('<script>alert'));
    // A data address the widgets refuse is never a link.
    assert.doesNotMatch(placeholderSnippet({ widget: 'exercises-map', src: 'javascript:alert(1)' }), /<a /);
  });

  it('script: versioned CDN path with integrity, then the element holding the facts', () => {
    const html = scriptSnippet({ widget: 'trade-share-pie', lang: 'en' }, release);
    assert.ok(
      html.startsWith(
        [
          `<script type="module" src="${cdnBase('1.2.3')}embed.js" async`,
          '        integrity="sha384-AAA" crossorigin="anonymous"></script>',
          '<factbox-trade-share-pie lang="en">',
          '<div class="factbox-fallback" lang="en" dir="ltr" style="min-height:var(--factbox-height,clamp(28.6875rem,(512.5px - 100vw) * 100000,43.625rem))">',
          '<p><strong>Shares of North Korea’s trade</strong></p>',
        ].join('\n'),
      ),
      html,
    );
    assert.ok(html.endsWith('</div>\n</factbox-trade-share-pie>'), html);
    assert.doesNotMatch(html, /modulepreload/);
  });

  it('script, for a widget in the first screen: its chunks as modulepreload links, from the release', () => {
    const chunks = ['chunks/trade-share-pie-a.js', 'chunks/factbox-element-b.js'];
    const withPreload = { ...release, preload: { 'trade-share-pie': chunks } };
    const html = scriptSnippet({ widget: 'trade-share-pie', preload: true }, withPreload);
    const links = html.split('\n').filter((line) => line.startsWith('<link'));
    assert.deepEqual(
      links,
      chunks.map((file) => `<link rel="modulepreload" href="${cdnBase('1.2.3')}${file}" crossorigin="anonymous">`),
    );
    // Before the element, so the browser fetches them while it parses on.
    assert.ok(html.indexOf('<link') < html.indexOf('<factbox-trade-share-pie'));
    // Off unless asked for, and nothing when the release lists no chunks.
    assert.doesNotMatch(scriptSnippet({ widget: 'trade-share-pie' }, withPreload), /modulepreload/);
    assert.doesNotMatch(scriptSnippet({ widget: 'trade-share-pie', preload: true }, release), /modulepreload/);
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
    // Until resize.js sizes it, the frame has the widget's reserved height; with rows of the host's own, no fragment.
    assert.ok(
      html.includes(
        `title="${widgetEntry('delegation-bars').title.ar}" style="border:0;width:100%;height:${widgetEntry('delegation-bars').height.ar.wide}"`,
      ),
      html,
    );
    // Built-in rows: the fragment names the facts frame.html shows when it runs no script.
    assert.match(
      iframeSnippet({ widget: 'delegation-bars', lang: 'ar' }, release),
      /frame\.html\?widget=delegation-bars&amp;lang=ar#factbox-fallback-delegation-bars-ar"/,
    );
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
      html.startsWith(
        `<amp-iframe src="${cdnBase('1.2.3')}frame.html?widget=exercises-map&amp;lang=ar#factbox-fallback-exercises-map-ar" lang="ar" title="${title.ar}"`,
      ),
      html,
    );
    assert.match(html, new RegExp(`width="640" height="${pixels}" layout="responsive" resizable frameborder="0"`));
    assert.match(html, /<button overflow type="button">[^<]+<\/button>\n<\/amp-iframe>$/);
    // Until the frame has loaded (and for readers of the AMP cache without it), the facts.
    assert.match(
      html,
      /\n<div class="factbox-fallback" lang="ar" dir="rtl" placeholder>\n<p><strong>المناورات العسكرية ونشر القوات<\/strong><\/p>/,
    );
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
