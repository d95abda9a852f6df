// Chart.js, tree-shaken: only the controllers, elements and scales these two charts need.
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, LinearScale } from 'chart.js';
import { BARS, COLORS, CUTOUT, PIE, box, painted } from './shared.js';

Chart.register(DoughnutController, ArcElement, BarController, BarElement, CategoryScale, LinearScale);

function canvasIn(id) {
  const canvas = document.createElement('canvas');
  box(id).append(canvas);
  return canvas;
}

new Chart(canvasIn('pie'), {
  type: 'doughnut',
  data: { labels: PIE.map((d) => d.label), datasets: [{ data: PIE.map((d) => d.value), backgroundColor: COLORS }] },
  options: { animation: false, responsive: true, maintainAspectRatio: false, cutout: `${CUTOUT * 100}%` },
});

new Chart(canvasIn('bars'), {
  type: 'bar',
  data: { labels: BARS.map((d) => d.label), datasets: [{ data: BARS.map((d) => d.value), backgroundColor: COLORS[0] }] },
  options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false },
});

painted();
