// Highcharts from its ES modules (the core master: pie and bar series are in the core).
import Highcharts from 'highcharts/es-modules/masters/highcharts.src.js';
import { BARS, COLORS, CUTOUT, HEIGHT, PIE, WIDTH, box, painted } from './shared.js';

const common = {
  title: { text: '' },
  credits: { enabled: false },
  // The accessibility module is not loaded (it would add bytes); say so instead of warning in the console.
  accessibility: { enabled: false },
  plotOptions: { series: { animation: false } },
};

Highcharts.chart(box('pie'), {
  ...common,
  chart: { type: 'pie', width: WIDTH, height: HEIGHT, animation: false },
  series: [
    {
      type: 'pie',
      name: 'Share',
      innerSize: `${CUTOUT * 100}%`,
      data: PIE.map((d, i) => ({ name: d.label, y: d.value, color: COLORS[i] })),
    },
  ],
});

Highcharts.chart(box('bars'), {
  ...common,
  chart: { type: 'bar', width: WIDTH, height: HEIGHT, animation: false },
  legend: { enabled: false },
  xAxis: { categories: BARS.map((d) => d.label) },
  yAxis: { title: { text: null } },
  series: [{ type: 'bar', name: 'Delegations', data: BARS.map((d) => d.value), color: COLORS[0] }],
});

painted();
