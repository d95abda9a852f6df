/**
 * The Custom Elements Manifest generated from the JSDoc describes every tag
 * with the public contract: attributes, events, CSS parts and properties.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const PACKAGE = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', PACKAGE), 'utf8')) as {
  modules: {
    path: string;
    declarations?: {
      tagName?: string;
      attributes?: { name: string }[];
      events?: { name: string }[];
      cssParts?: { name: string }[];
      cssProperties?: { name: string }[];
    }[];
  }[];
};
const pkg = JSON.parse(readFileSync(new URL('package.json', PACKAGE), 'utf8')) as { customElements: string; files: string[] };

describe('custom-elements.json', () => {
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: m.path })));

  it('declares the five widgets, at their published paths', () => {
    assert.deepEqual(elements.map((e) => e.tagName).sort(), [
      'factbox-delegation-bars',
      'factbox-events-timeline',
      'factbox-exercises-map',
      'factbox-key-figures',
      'factbox-trade-share-pie',
    ]);
    for (const element of elements) assert.match(element.path, /^dist\/.+\.js$/);
  });

  it('lists the contract attributes, events, parts and custom properties of each', () => {
    for (const element of elements) {
      const attributes = (element.attributes ?? []).map((a) => a.name);
      for (const name of ['lang', 'theme', 'src', 'heading', 'state']) assert.ok(attributes.includes(name), `${element.tagName} ${name}`);
      // Internal state is not an attribute a page can set.
      for (const name of ['tableVisible', 'selectedKey', 'hovered', 'gridColumns'])
        assert.ok(!attributes.includes(name), `${element.tagName} lists its internal ${name} as an attribute`);
      assert.deepEqual((element.events ?? []).map((e) => e.name).sort(), ['factbox-error', 'factbox-ready']);
      assert.ok((element.cssParts ?? []).some((p) => p.name === 'heading'));
      assert.ok((element.cssProperties ?? []).some((p) => p.name === '--factbox-height'));
    }
  });

  it('is referenced by package.json and shipped', () => {
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.ok(pkg.files.includes('custom-elements.json'));
  });
});
