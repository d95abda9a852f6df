// ECharts, tree-shaken: echarts/core with the pie and bar series, the grid (axes) and the canvas renderer.
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { BARS, COLORS, CUTOUT, PIE, box, painted } from './shared.js';

echarts.use([PieChart, BarChart, GridComponent, CanvasRenderer]);

echarts.init(box('pie'), null, { renderer: 'canvas' }).setOption({
  animation: false,
  color: COLORS,
  series: [{ type: 'pie', radius: [`${CUTOUT * 80}%`, '80%'], data: PIE.map((d) => ({ name: d.label, value: d.value })) }],
});

echarts.init(box('bars'), null, { renderer: 'canvas' }).setOption({
  animation: false,
  grid: { containLabel: true, left: 12, right: 24 },
  xAxis: { type: 'value' },
  yAxis: { type: 'category', inverse: true, data: BARS.map((d) => d.label) },
  series: [{ type: 'bar', data: BARS.map((d) => d.value), itemStyle: { color: COLORS[0] } }],
});

painted();
