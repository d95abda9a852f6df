// vega-embed with Vega-Lite specs (vega and vega-lite are its peers, bundled with it), canvas renderer.
import embed from 'vega-embed';
import { BARS, COLORS, CUTOUT, HEIGHT, PIE, WIDTH, box, painted } from './shared.js';

const size = { width: WIDTH, height: HEIGHT, autosize: { type: 'fit', contains: 'padding' } };
const options = { actions: false, renderer: 'canvas' };

await Promise.all([
  embed(
    box('pie'),
    {
      ...size,
      data: { values: PIE },
      mark: { type: 'arc', innerRadius: Math.round((HEIGHT / 2 - 12) * CUTOUT), outerRadius: HEIGHT / 2 - 12 },
      encoding: {
        theta: { field: 'value', type: 'quantitative' },
        color: { field: 'label', type: 'nominal', scale: { range: COLORS }, title: null },
      },
    },
    options,
  ),
  embed(
    box('bars'),
    {
      ...size,
      data: { values: BARS },
      mark: { type: 'bar', color: COLORS[0] },
      encoding: {
        x: { field: 'value', type: 'quantitative', title: null },
        y: { field: 'label', type: 'nominal', title: null, sort: null },
      },
    },
    options,
  ),
]);

painted();
