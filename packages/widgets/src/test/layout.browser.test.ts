/**
 * The layout helpers tested on fixtures whose faults are known: a
 * well-laid-out element passes (no false positives from invisible text,
 * screen-reader-only text, tight but correct line spacing, halos, escaping
 * absolutely positioned boxes…), and each kind of fault is found and named.
 */
import { expect } from '@open-wc/testing';
import { checkLayout, collect, formatProblems, type DrawnTextBox, type LayoutCheck, type LayoutProblem } from './layout.js';

/** A stand-in for a widget: a host with an open shadow root holding `markup`. */
class LayoutFixture extends HTMLElement {
  boxes: readonly DrawnTextBox[] | null = null;
  layoutBoxes(): readonly DrawnTextBox[] {
    return this.boxes ?? [];
  }
}
customElements.define('layout-fixture', LayoutFixture);

const BASE_STYLE = `
  :host { display: block; inline-size: 320px; block-size: 240px; font: 15px/1.45 'DejaVu Sans', sans-serif; border: 1px solid; box-sizing: border-box; padding: 8px; position: relative; }
  p { margin: 0 0 4px; }
  .visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

function fixture(markup: string, style = ''): LayoutFixture {
  const host = document.createElement('layout-fixture') as LayoutFixture;
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${BASE_STYLE}${style}</style>${markup}`;
  document.body.append(host);
  return host;
}

function checksOf(problems: readonly LayoutProblem[]): LayoutCheck[] {
  return [...new Set(problems.map((p) => p.check))];
}

function messages(problems: readonly LayoutProblem[]): string[] {
  return formatProblems(new Map([['idle', problems]]));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('layout helpers: a well-laid-out element passes', () => {
  it('finds nothing wrong, and skips what readers cannot see', async () => {
    const host = fixture(
      `
      <h2 style="margin:0;font-size:18px;line-height:1.25">A heading that wraps onto a second line here</h2>
      <p>Plain text that wraps over <strong>several</strong> lines, with <a href="#">a link</a> inside it.</p>
      <p dir="rtl" lang="ar">نص عربي قصير، مع <bdi>English</bdi> في وسطه.</p>
      <p aria-hidden="true">Decorative but visible.</p>
      <div class="scroller" style="overflow:auto;block-size:3em"><p>Fits in its scroller.</p></div>
      <div style="overflow:hidden;block-size:0"><span style="position:absolute;inset-block-start:200px;inset-inline-start:200px">Escapes</span></div>
      <span class="visually-hidden">A long screen-reader-only sentence that would be clipped and outside if it were measured as visible text at all.</span>
      <span style="display:none">Not rendered at all, far too long to fit anywhere in this box whatsoever.</span>
      <span style="visibility:hidden;position:absolute;left:400px">Invisible</span>
      <span style="color:transparent;position:absolute;left:400px">Transparent</span>
      <span style="opacity:0;position:absolute;left:400px">Faded out</span>
      <span style="font-size:0">zero</span>
      <details style="position:absolute;bottom:8px;right:8px"><summary>More</summary><p style="inline-size:900px">Closed details are not shown.</p></details>
    `,
      'h2 { font-size: 18px; }',
    );
    await document.fonts.ready;
    const problems = checkLayout(host);
    expect(messages(problems), messages(problems).join('\n')).to.deep.equal([]);
    const texts = collect(host)
      .runs.map((r) => r.text)
      .join(' | ');
    expect(texts).to.include('Decorative but visible.');
    expect(texts).to.include('Escapes');
    expect(texts).not.to.include('screen-reader-only');
    expect(texts).not.to.include('Not rendered');
    expect(texts).not.to.include('Invisible');
    expect(texts).not.to.include('Transparent');
    expect(texts).not.to.include('Faded');
    expect(texts).not.to.include('Closed details');
  });

  it('passes an SVG with labels, halos and multi-line labels set at 1.15 em', async () => {
    const host = fixture(`
      <svg viewBox="0 0 300 200" width="300" height="200" style="display:block">
        <rect width="300" height="200" fill="#cde"></rect>
        <path d="M0 0L120 0L120 120Z" fill="#dca"></path>
        <g font-size="13" style="paint-order:stroke;stroke:white;stroke-width:3px">
          <text x="60" y="40" text-anchor="middle">Label one</text>
          <text text-anchor="middle"><tspan x="200" y="60" font-weight="700">Two lines</tspan><tspan x="200" y="75">of a label</tspan></text>
          <text x="60" y="58" text-anchor="middle">Close below</text>
        </g>
        <text x="200" y="140" font-size="12" text-anchor="middle">Under a tint</text>
        <circle cx="200" cy="140" r="30" fill="steelblue" fill-opacity="0.16"></circle>
      </svg>
    `);
    const problems = checkLayout(host);
    expect(messages(problems), messages(problems).join('\n')).to.deep.equal([]);
    const runs = collect(host).runs.filter((r) => r.kind === 'svg');
    expect(runs.map((r) => r.text)).to.deep.equal(['Label one', 'Two lines', 'of a label', 'Close below', 'Under a tint']);
  });
});

describe('layout helpers: each fault is found and named', () => {
  it('text clipped by a scrolling box, with the text, the box and by how much', () => {
    const host = fixture(
      `<div class="callout" style="overflow-y:auto;block-size:3em"><p>Hover over or focus an item to read the words that support it, which go on and on for many lines in this narrow box, more lines than it can show at once.</p></div>`,
    );
    const problems = checkLayout(host);
    expect(checksOf(problems)).to.deep.equal(['clipped']);
    const text = messages(problems).join('\n');
    // The first two lines fit; the third is cut through, the fourth is out of view: one problem for the paragraph.
    expect(problems.length).to.equal(1);
    expect(text).to.match(
      /^\[clipped\] 'Hover over or focus an item to read the…' clipped \(2 lines of 4 cut, 1 of them entirely\) by div\.callout \(overflow: auto\) by [\d.]+px at the bottom — in: idle$/,
    );
  });

  it('text inside display: contents is measured (it has no box of its own, its children do)', () => {
    const host = fixture(
      `<div style="display:contents"><div style="overflow:hidden;block-size:1.2em">Cut <span style="display:contents">short after one line of words in this fixture, which wraps</span></div></div>`,
    );
    expect(messages(checkLayout(host)).join('\n')).to.match(
      /'Cut short after one line of words in th…' clipped \(1 line of 2 cut, 1 of them entirely\) by div \(overflow: hidden\)/,
    );
  });

  it('aria-hidden text is measured like any other: clipped when cut', () => {
    const host = fixture(
      `<div style="overflow:hidden;inline-size:60px;white-space:nowrap" aria-hidden="true">Decorative text that is cut</div>`,
    );
    expect(messages(checkLayout(host)).join('\n')).to.match(
      /'Decorative text that is cut' clipped by div \(overflow: hidden\) by [\d.]+px at the right/,
    );
  });

  it('text painted outside the widget', () => {
    const host = fixture(`<p style="white-space:nowrap">This line is far too long for a box of three hundred and twenty pixels</p>`);
    const problems = checkLayout(host);
    expect(checksOf(problems)).to.deep.equal(['inside']);
    expect(messages(problems)[0]).to.match(
      /'This line is far too long for a box of…' painted outside <layout-fixture> by [\d.]+px at the right/,
    );
  });

  it('text painted outside on the left in right-to-left layout', () => {
    const host = fixture(
      `<p dir="rtl" style="white-space:nowrap">هذا سطر طويل جدًا لا يتسع في صندوق عرضه ثلاثمئة وعشرون بكسلًا فقط لا غير</p>`,
    );
    expect(messages(checkLayout(host)).join('\n')).to.match(/painted outside <layout-fixture> by [\d.]+px at the left/);
  });

  it('two texts on top of each other', () => {
    const host = fixture(
      `<span style="position:absolute;top:20px;left:20px">First label</span><span style="position:absolute;top:26px;left:40px">Second label</span>`,
    );
    const problems = checkLayout(host);
    expect(checksOf(problems)).to.deep.equal(['overlap']);
    expect(messages(problems)[0]).to.match(/'First label' and 'Second label' overlap by \d+×\d+px/);
  });

  it('lines set too tightly overlap', () => {
    const host = fixture(`<p style="line-height:6px;inline-size:120px">Words on lines that are set far too tightly</p>`);
    expect(checksOf(checkLayout(host))).to.deep.equal(['overlap']);
  });

  it('words squeezed into a column narrower than they are (letters stacked), but not a long address', () => {
    const host = fixture(`
      <p style="inline-size:24px;overflow-wrap:anywhere">Shares of trade</p>
      <p style="inline-size:60px;overflow-wrap:anywhere">https://example.org/a/long/path/to/data.csv</p>`);
    const problems = checkLayout(host, { checks: ['squeezed'] });
    expect(problems.length, messages(problems).join('\n')).to.equal(1);
    expect(messages(problems).join('\n')).to.include("'Shares of trade' breaks 2 word(s) across lines ('Shares', 'trade')");
  });

  it('text too small, in HTML and in an SVG scaled down by its viewBox', () => {
    const host = fixture(`
      <p style="font-size:9px">Fine print</p>
      <svg viewBox="0 0 400 100" width="200" height="50"><text x="10" y="50" font-size="16">Scaled label</text></svg>`);
    const problems = checkLayout(host);
    expect(checksOf(problems)).to.deep.equal(['font-size']);
    const text = messages(problems).join('\n');
    expect(text).to.include("'Fine print' is 9px, under 11px");
    expect(text).to.include("'Scaled label' is 8px, under 11px as rendered");
  });

  it('text hidden behind another element’s box', () => {
    const host = fixture(
      `<p>Covered words here</p><div class="cover" style="position:absolute;top:8px;left:8px;inline-size:200px;block-size:20px;background:#fff"></div>`,
    );
    const problems = checkLayout(host);
    expect(checksOf(problems)).to.deep.equal(['hidden']);
    expect(messages(problems)[0]).to.include("'Covered words here' is hidden behind div.cover");
  });

  it('text under the inked pixels of a canvas, but not under its transparent ones', () => {
    const host = fixture(
      `<p>Under the canvas</p><canvas width="300" height="40" style="position:absolute;top:0;left:0;inline-size:300px;block-size:40px"></canvas>`,
    );
    expect(checksOf(checkLayout(host))).to.deep.equal([]);
    const canvas = host.shadowRoot?.querySelector('canvas') as HTMLCanvasElement;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.fillRect(0, 0, 300, 40);
    expect(messages(checkLayout(host)).join('\n')).to.include("'Under the canvas' is hidden behind canvas");
  });

  it('SVG labels cut by the svg viewport, on top of each other, or under an opaque shape', () => {
    const host = fixture(`
      <svg viewBox="0 0 300 100" width="300" height="100">
        <text x="-20" y="30" font-size="13">Cut at the edge</text>
        <text x="100" y="70" font-size="13">Ocean 2024</text>
        <text x="110" y="74" font-size="13">Ocean 2024 too</text>
        <text x="220" y="40" font-size="13">Inset</text>
        <rect class="inset-frame" x="200" y="20" width="100" height="40" fill="#eee"></rect>
      </svg>`);
    const text = messages(checkLayout(host)).join('\n');
    expect(text).to.match(/'Cut at the edge' clipped by svg \(svg viewport\) by [\d.]+px at the left/);
    expect(text).to.match(/'Ocean 2024' and 'Ocean 2024 too' overlap/);
    expect(text).to.include("'Inset' is hidden behind rect.inset-frame");
  });

  it('a canvas cut by a scrolling ancestor, and drawn text checked through layoutBoxes()', () => {
    const host = fixture(
      `<div style="overflow:auto;block-size:100px"><canvas width="300" height="180" style="display:block"></canvas></div>`,
    );
    const canvas = host.shadowRoot?.querySelector('canvas') as HTMLCanvasElement;
    const box = canvas.getBoundingClientRect();
    host.boxes = [
      { text: 'Drawn small', element: canvas, left: box.left + 10, top: box.top + 10, width: 60, height: 10, fontSize: 9 },
      { text: 'Drawn past the edge', element: canvas, left: box.right - 40, top: box.top + 30, width: 120, height: 14, fontSize: 12 },
    ];
    const text = messages(checkLayout(host)).join('\n');
    expect(text).to.match(/the canvas drawing is clipped by div \(overflow: auto\) by [\d.]+px at the bottom/);
    expect(text).to.include("'Drawn small' (canvas) is 9px");
    expect(text).to.match(/'Drawn past the edge' \(canvas\) clipped by canvas \(the canvas's edge\)/);
  });

  it('lists many pieces of text cut by one box in the same states as one line: one cause', () => {
    const host = fixture(
      `<div class="table-wrap" style="overflow:auto;block-size:30px"><p>First cell</p><p>Second cell</p><p>Third cell</p><p>Fourth cell</p></div>`,
    );
    const list = formatProblems(new Map([['table shown', checkLayout(host)]]));
    expect(list).to.deep.equal([
      '[clipped] div.table-wrap (overflow: auto) cuts 3 pieces of text, by up to ' +
        /by up to ([\d.]+)px/.exec(list[0] ?? '')?.[1] +
        "px: 'Second cell' (partly), 'Third cell' (entirely), 'Fourth cell' (entirely) — in: table shown",
    ]);
  });

  it('lists every problem of a case, each once, with the states it appears in', () => {
    const host = fixture(
      `<p style="font-size:9px">Small</p><p style="white-space:nowrap">A line much too long to fit in the fixture’s three hundred pixels</p>`,
    );
    const idle = checkLayout(host);
    (host.shadowRoot?.querySelector('p') as HTMLElement).style.fontSize = '10px';
    const focused = checkLayout(host);
    const list = formatProblems(
      new Map([
        ['idle', idle],
        ['focus x', focused],
      ]),
    );
    expect(list.length).to.equal(2);
    expect(list[0]).to.equal("[font-size] 'Small' is 9px, under 11px — in every state");
    expect(list[1]).to.match(/^\[inside\] .* — in every state$/);
  });
});
