/**
 * A widget far below the fold shows its table and text at once but does not
 * fetch or build its chart until it nears the viewport. (Its own file: the
 * chart modules must not have been loaded by an earlier test.)
 */
import { aTimeout, expect } from '@open-wc/testing';
import '../trade-share-pie.js';
import { shadow, waitForState } from '../test/helpers.js';

function fetched(part: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes(part));
}

describe('lazy chart code', () => {
  it('is fetched and built only when the widget comes near the viewport', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '4000px';
    const widget = document.createElement('factbox-trade-share-pie');
    document.body.append(spacer, widget);
    await aTimeout(600);
    expect(widget.getAttribute('state')).to.equal('loading');
    expect(shadow(widget).querySelector('table')).to.exist;
    expect(shadow(widget).querySelector('[part="chart"]')?.getAttribute('aria-label')).to.include('over 90%');
    expect(fetched('pie-chart')).to.equal(false);
    expect(fetched('chart.js')).to.equal(false);
    widget.scrollIntoView();
    await waitForState(widget, 'ready');
    expect(fetched('pie-chart')).to.equal(true);
    expect(fetched('chart.js')).to.equal(true);
  });
});
