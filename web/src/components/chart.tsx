// The lazily loaded chart: pages import this, and ECharts arrives in its own chunk when a chart is first drawn.
import { lazy, Suspense } from 'react';
import type { EChartProps } from './echart.tsx';

const EChart = lazy(() => import('./echart.tsx'));

export function Chart(props: EChartProps) {
  return (
    <Suspense fallback={<div className="chart chart-loading" style={{ height: props.height ?? 280 }} aria-hidden="true" />}>
      <EChart {...props} />
    </Suspense>
  );
}
