// ECharts, with only the chart types the dashboard draws (keeps the bundle small).
// Animation is off when the reader asks for reduced motion (and in the browser tests,
// which emulate that setting).
import * as echarts from 'echarts/core';
import { BarChart, LineChart, MapChart, ScatterChart, TreemapChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, LineChart, MapChart, ScatterChart, TreemapChart, GridComponent, LegendComponent,
  MarkLineComponent, TooltipComponent, VisualMapComponent, CanvasRenderer,
]);

export { echarts };

const live = new Set();

function reducedMotion() {
  return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

// Draws `option` into `element` and keeps it sized to the element.
export function draw(element, option) {
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({ animation: !reducedMotion(), textStyle: { fontFamily: 'inherit' }, ...option });
  const observer = new ResizeObserver(() => chart.resize());
  observer.observe(element);
  live.add({ chart, observer, element });
  element.dataset.chart = 'drawn';
  return chart;
}

// Frees the charts drawn inside `root` (all of them when root is omitted: a new page).
export function disposeAll(root) {
  for (const entry of live) {
    if (root && !root.contains(entry.element)) continue;
    entry.observer.disconnect();
    entry.chart.dispose();
    live.delete(entry);
  }
}

export const kPalette = ['#2f6db5', '#d9822b', '#3a9e6b', '#a64ca6', '#c23b3b', '#5a6b7b', '#b59a2f'];
