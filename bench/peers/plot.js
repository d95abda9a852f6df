// Observable Plot. Plot has no pie or arc mark, so the doughnut is a custom mark (a render
// function) drawn with d3-shape's pie and arc, which Plot already depends on (via d3).
import * as Plot from '@observablehq/plot';
import { arc, create, pie } from 'd3';
import { BARS, COLORS, CUTOUT, HEIGHT, PIE, WIDTH, box, painted } from './shared.js';

function doughnut(_index, _scales, _values, dimensions) {
  const radius = Math.min(dimensions.width, dimensions.height) / 2 - 32;
  const slices = pie()
    .sort(null)
    .value((d) => d.value)(PIE);
  const path = arc()
    .innerRadius(radius * CUTOUT)
    .outerRadius(radius);
  const g = create('svg:g').attr('transform', `translate(${dimensions.width / 2},${dimensions.height / 2})`);
  g.selectAll('path')
    .data(slices)
    .join('path')
    .attr('d', path)
    .attr('fill', (_d, i) => COLORS[i])
    .attr('stroke', 'white');
  g.selectAll('text')
    .data(slices)
    .join('text')
    .attr(
      'transform',
      (d) =>
        `translate(${arc()
          .innerRadius(radius + 16)
          .outerRadius(radius + 16)
          .centroid(d)})`,
    )
    .attr('text-anchor', 'middle')
    .attr('font-size', 12)
    .text((d) => d.data.label);
  return g.node();
}

box('pie').append(Plot.plot({ width: WIDTH, height: HEIGHT, marks: [doughnut] }));

box('bars').append(
  Plot.plot({
    width: WIDTH,
    height: HEIGHT,
    marginLeft: 140,
    x: { grid: true },
    y: { label: null, domain: BARS.map((d) => d.label) },
    marks: [Plot.barX(BARS, { x: 'value', y: 'label', fill: COLORS[0] }), Plot.ruleX([0])],
  }),
);

painted();
