/**
 * Bad input is normal input. For every case: a clear, accessible message (or
 * a safe fallback) inside that widget, one console warning, no uncaught
 * exception, nothing executed, and the widget next to it unaffected.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { delegations, tradeShare, type TradeShareRow } from '@factbox/datasets';
import '../trade-share-pie.js';
import '../delegation-bars.js';
import '../exercises-map.js';
import type { FactboxTradeSharePie } from '../trade-share-pie/trade-share-pie.js';
import { mount, shadow, textOf, waitForState, whenReady, watchConsole, type AnyWidget } from '../test/helpers.js';

const F = '/__factbox__';
let watch: ReturnType<typeof watchConsole>;
let neighbour: AnyWidget;

beforeEach(async () => {
  watch = watchConsole();
  neighbour = mount<AnyWidget>('<factbox-delegation-bars></factbox-delegation-bars>').element;
  await whenReady(neighbour);
});

afterEach(async () => {
  // The widget next door never notices.
  expect(neighbour.getAttribute('state')).to.equal('ready');
  expect(watch.uncaught).to.deep.equal([]);
  expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  watch.stop();
  document.body.replaceChildren();
});

function pie(attributes: string): FactboxTradeSharePie {
  return mount<FactboxTradeSharePie>(`<factbox-trade-share-pie ${attributes}></factbox-trade-share-pie>`).element;
}

async function expectError(element: AnyWidget, message: RegExp): Promise<HTMLElement> {
  element.scrollIntoView();
  await waitForState(element, 'error', 15000);
  await element.updateComplete;
  const alert = shadow(element).querySelector('[role="alert"]') as HTMLElement;
  expect(alert, 'an alert inside the widget').to.exist;
  expect(textOf(alert)).to.match(message);
  expect(watch.warnings.length, watch.warnings.join('\n')).to.equal(1);
  await expect(element).to.be.accessible();
  return alert;
}

function escape(text: string): string {
  return encodeURIComponent(text);
}

describe('src that is not an http(s) or relative URL', () => {
  for (const src of [
    'javascript:window.__pwned=1',
    'data:application/json,[]',
    'JaVaScRiPt:window.__pwned=1',
    ' javascript:window.__pwned=1',
    'blob:http://x/1',
    'file:///etc/passwd',
    'java\tscript:window.__pwned=1',
    'https://exa mple.org/rows.csv',
  ]) {
    it(`refuses ${JSON.stringify(src)} without fetching it`, async () => {
      const requested: string[] = [];
      const realFetch = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        requested.push(String(input));
        return realFetch(input, init);
      };
      try {
        const element = pie(`src="${src.replaceAll('"', '&quot;')}"`);
        await expectError(element, /must be a valid http:\/\/ or https:\/\/ address, or relative to this page/);
      } finally {
        window.fetch = realFetch;
      }
      expect(requested.filter((url) => !url.includes('/packages/') && !url.includes('/node_modules/'))).to.deep.equal([]);
      // Nothing to retry: the address itself is wrong.
      expect(shadow(document.querySelector('factbox-trade-share-pie') as Element).querySelector('[role="alert"] button')).to.equal(null);
    });
  }

  it('accepts a relative URL', async () => {
    const element = pie('src="packages/datasets/data/trade-share.json"');
    await whenReady(element);
  });
});

describe('src that fails', () => {
  it('404: says what the server answered, with a retry control', async () => {
    const alert = await expectError(pie(`src="${F}/respond?status=404&body=missing"`), /the server answered 404\)/);
    expect(textOf(alert.querySelector('button'))).to.equal('Try again');
  });

  it('shows the status code, never the server’s reason phrase as the widget’s own words', async () => {
    const reason = encodeURIComponent('Your subscription has expired - call 555-0100');
    const alert = await expectError(pie(`src="${F}/respond?status=402&reason=${reason}&body=x"`), /the server answered 402\)/);
    expect(textOf(alert)).not.to.include('subscription');
  });

  it('cross-origin without permission: a network error, in words', async () => {
    const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
    await expectError(pie(`src="${other}${F}/cors"`), /network error, or the server does not allow this site to read it/);
  });

  it('cross-origin with permission: works, without sending cookies', async () => {
    const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
    await whenReady(pie(`src="${other}${F}/cors?allow=1"`));
  });

  it('times out after 10 seconds, and "Try again" loads it', async function timeout() {
    this.timeout(30000);
    const key = `t${Math.random()}`;
    const element = pie(`src="${F}/slow?ms=13000&key=${key}"`);
    const alert = await expectError(element, /did not arrive within 10 seconds/);
    (alert.querySelector('button') as HTMLButtonElement).click();
    await whenReady(element);
    expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
  });

  it('refuses a 10 MB response, streamed or declared, reading no more than the limit', async () => {
    await expectError(pie(`src="${F}/huge"`), /larger than 2 MB/);
    watch.warnings.length = 0;
    await expectError(pie(`src="${F}/huge?declared=1"`), /larger than 2 MB/);
  });
});

describe('src that is not valid data', () => {
  it('invalid JSON', async () => {
    await expectError(pie(`src="${F}/respond?type=application/json&body=${escape('{"rows": [1, 2,')}"`), /not valid JSON/);
  });

  it('invalid CSV', async () => {
    await expectError(pie(`src="${F}/respond?type=text/csv&body=${escape('id,partner\n"unterminated,x\n')}"`), /not valid CSV/);
  });

  it('JSON that is not a list of rows', async () => {
    await expectError(pie(`src="${F}/respond?body=${escape('{"partner":"China"}')}"`), /expected a list of rows/);
  });

  it('an empty list', async () => {
    await expectError(pie(`src="${F}/respond?body=${escape('[]')}"`), /the list of rows is empty/);
  });
});

function withRow(change: (row: Record<string, unknown>) => void): Record<string, unknown>[] {
  return tradeShare.map((row, index) => {
    const copy: Record<string, unknown> = { ...row };
    if (index === 0) change(copy);
    return copy;
  });
}

describe('rows that do not fit', () => {
  const cases: [string, (row: Record<string, unknown>) => void, RegExp][] = [
    [
      'NaN',
      (r) => {
        r['share_percent'] = 'NaN';
      },
      /"share_percent" must be a number/,
    ],
    [
      'a negative share',
      (r) => {
        r['share_percent'] = -5;
      },
      /"share_percent" must be at least 0/,
    ],
    [
      'a missing field',
      (r) => {
        delete r['quote'];
      },
      /"quote" is required/,
    ],
    [
      'a wrong type',
      (r) => {
        r['derived'] = 'perhaps';
      },
      /"derived" must be true or false/,
    ],
  ];
  for (const [what, change, message] of cases) {
    it(what, async () => {
      const element = pie('');
      element.data = withRow(change) as unknown as TradeShareRow[];
      await expectError(element, message);
    });
  }

  it('more rows than the chart can show', async () => {
    const element = pie('');
    element.data = Array.from({ length: 13 }, (_, i) => ({ ...(tradeShare[0] as TradeShareRow), id: `r${i}`, share_percent: 1 }));
    await expectError(element, /13 rows; this chart shows at most 12/);
  });

  it('shares adding up to over 100%', async () => {
    const element = pie('');
    element.data = withRow((r) => {
      r['share_percent'] = 95;
      r['qualifier'] = 'exact';
    }).map((r, i) => (i === 1 ? { ...r, qualifier: 'exact' } : r)) as unknown as TradeShareRow[];
    await expectError(element, /add up to at least 105%, more than 100%/);
  });

  it('extra fields: ignored, with one warning, and the chart is drawn', async () => {
    const element = pie('');
    element.data = withRow((r) => {
      r['colour'] = 'red';
      r['onclick'] = 'window.__pwned=1';
    }) as unknown as TradeShareRow[];
    await whenReady(element);
    expect(watch.warnings.length).to.equal(1);
    expect(watch.warnings[0]).to.include('ignored unknown field(s): "colour", "onclick"');
  });
});

describe('hostile strings', () => {
  const HOSTILE = '<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>\u202Eevil';

  it('are shown as text, never as markup, in every part of every widget', async () => {
    const pieElement = pie('');
    pieElement.data = withRow((r) => {
      r['partner'] = HOSTILE;
      r['quote'] = HOSTILE;
      r['partner_ar'] = HOSTILE;
    }) as unknown as TradeShareRow[];
    pieElement.heading = HOSTILE;
    const bars = mount<AnyWidget>('<factbox-delegation-bars lang="ar"></factbox-delegation-bars>').element;
    bars.data = delegations.map((r) => ({ ...r, party_b: HOSTILE, party_b_ar: HOSTILE }));
    const map = mount<AnyWidget>('<factbox-exercises-map></factbox-exercises-map>').element;
    map.data = [{ ...(await import('@factbox/datasets')).exercises[0], name: HOSTILE, area: HOSTILE }] as never;
    for (const element of [pieElement, bars, map]) {
      await whenReady(element);
      await aTimeout(50);
      const root = shadow(element);
      expect(root.querySelector('img, script'), element.localName).to.equal(null);
      expect(textOf(root.querySelector('table'))).to.include('<img src=x onerror="window.__pwned=1">');
    }
    expect(textOf(shadow(pieElement).querySelector('[part="heading"]'))).to.include('<img src=x');
    // In the map's SVG too: the name is text in a <text> element.
    expect([...shadow(map).querySelectorAll('.area-label tspan')].map((t) => t.textContent).join(' ')).to.include('<img');
  });
});

describe('a widget removed while loading', () => {
  it('stops quietly, and loads again when put back', async () => {
    const key = `r${Math.random()}`;
    const element = pie(`src="${F}/slow?ms=1500&key=${key}"`);
    const parent = element.parentElement as HTMLElement;
    await aTimeout(100);
    element.remove();
    await aTimeout(1800);
    expect(element.getAttribute('state')).to.equal('loading');
    expect(watch.warnings).to.deep.equal([]);
    parent.append(element);
    await whenReady(element);
  });
});

describe('rows that look like the real thing', () => {
  it('a made-up figure under a real source is marked over the chart, not in small print', async () => {
    const element = pie('');
    element.data = tradeShare.map((row) => (row.derived ? row : { ...row, share_percent: 99 }));
    await whenReady(element);
    const banner = shadow(element).querySelector('[part="unverified"]') as HTMLElement;
    expect(textOf(banner)).to.include('Not checked by Factbox');
    // Over the chart: above it, at body size, before a reader reaches the source line.
    const chart = (shadow(element).querySelector('[part="chart"]') as HTMLElement).getBoundingClientRect();
    expect(banner.getBoundingClientRect().bottom).to.be.at.most(chart.top);
    expect(parseFloat(getComputedStyle(banner).fontSize)).to.be.at.least(13);
    expect(parseFloat(getComputedStyle(banner).fontWeight)).to.be.at.least(600);
    // The built-in rows carry no such banner.
    expect(shadow(neighbour).querySelector('[part="unverified"]')).to.equal(null);
  });

  it('keeps the not-checked mark right under the quote, whatever the supplied source is called', async () => {
    const element = pie('');
    element.data = [{ ...(tradeShare[0] as TradeShareRow), source_id: `x${'\u00A0'.repeat(400)}padded-source` }];
    await whenReady(element);
    (shadow(element).querySelector('[part="legend"] button') as HTMLButtonElement).focus();
    await element.updateComplete;
    const panel = shadow(element).querySelector('[part="quote"]') as HTMLElement;
    const quote = (panel.querySelector('blockquote') as HTMLElement).getBoundingClientRect();
    const mark = panel.querySelector('.unverified strong') as HTMLElement;
    expect(textOf(mark)).to.include('Not checked');
    // The mark's first line comes right after the quote, and the panel holds it.
    expect(mark.getBoundingClientRect().top - quote.bottom).to.be.lessThan(20);
    expect(mark.getBoundingClientRect().right).to.be.at.most(panel.getBoundingClientRect().right + 1);
  });

  it('a heading with stacked combining marks does not paint over the lines around it', async () => {
    const zalgo = `Trade${'\u0336\u0334\u0335\u0337\u0338'.repeat(20)}`;
    const element = pie(`heading="${zalgo}"`);
    await whenReady(element);
    const heading = textOf(shadow(element).querySelector('[part="heading"]'));
    expect(heading.length).to.be.at.most('Trade'.length + 2);
  });
});

describe('host CSS', () => {
  it('can hide a widget but never make it paint over the article', async () => {
    const style = document.createElement('style');
    style.textContent = 'factbox-trade-share-pie.squashed { height: 0 }';
    document.head.append(style);
    try {
      const { container } = mount<HTMLElement>(
        '<factbox-trade-share-pie class="squashed"></factbox-trade-share-pie><p id="after">The article goes on.</p>',
        'width: 600px',
      );
      const element = container.querySelector('factbox-trade-share-pie') as AnyWidget;
      element.scrollIntoView();
      await waitForState(element, 'ready');
      const after = (container.querySelector('#after') as HTMLElement).getBoundingClientRect();
      const hit = document.elementFromPoint(after.left + 5, after.top + after.height / 2);
      expect(hit?.id).to.equal('after');
    } finally {
      style.remove();
    }
  });
});
