/**
 * Registering twice — the same module from two URLs, or two versions of
 * Factbox on one page — never throws; the first definition wins and a
 * different version is named in one warning.
 */
import { expect } from '@open-wc/testing';
import { FactboxTradeSharePie } from '../index.js';
import { defineElement } from './define.js';
import { watchConsole } from '../test/helpers.js';

describe('defineElement', () => {
  it('defines a tag once, and silently ignores the same version again', () => {
    const watch = watchConsole();
    try {
      class Copy extends FactboxTradeSharePie {}
      defineElement('factbox-define-test-a', FactboxTradeSharePie);
      expect(customElements.get('factbox-define-test-a')).to.equal(FactboxTradeSharePie);
      expect(() => defineElement('factbox-define-test-a', Copy)).not.to.throw();
      expect(customElements.get('factbox-define-test-a')).to.equal(FactboxTradeSharePie);
      expect(watch.warnings).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('keeps the first of two versions and warns once, naming both', () => {
    const watch = watchConsole();
    try {
      class Current extends FactboxTradeSharePie {}
      class Older extends FactboxTradeSharePie {
        static override readonly version = '0.0.1-test';
      }
      defineElement('factbox-define-test-b', Current);
      expect(() => defineElement('factbox-define-test-b', Older)).not.to.throw();
      expect(customElements.get('factbox-define-test-b')).to.equal(Current);
      expect(watch.warnings.length).to.equal(1);
      expect(watch.warnings[0]).to.include(FactboxTradeSharePie.version);
      expect(watch.warnings[0]).to.include('0.0.1-test');
    } finally {
      watch.stop();
    }
  });

  it('importing the package entry registers nothing', async () => {
    await import('../index.js');
    expect(customElements.get('factbox-trade-share-pie')).to.equal(undefined);
    expect(customElements.get('factbox-delegation-bars')).to.equal(undefined);
    expect(customElements.get('factbox-exercises-map')).to.equal(undefined);
    expect(customElements.get('factbox-events-timeline')).to.equal(undefined);
  });
});
