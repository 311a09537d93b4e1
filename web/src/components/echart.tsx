// An ECharts chart drawn to SVG. Only the chart types and components used are imported (echarts/core), and this
// module is itself loaded lazily (see chart.tsx), so charts never weigh on the first load.
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';

use([BarChart, HeatmapChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

/** The page's font by name: ECharts measures text itself, and cannot measure 'inherit'. */
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export interface EChartProps {
  /** The chart, or a function of the width it has (in CSS pixels) for charts that lay out differently on a phone. */
  option: EChartsCoreOption | ((width: number) => EChartsCoreOption);
  /** What the chart shows, for screen readers (the data is also in a table or text next to it). */
  label: string;
  height?: number;
}

export default function EChart({ option, label, height = 280 }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => {
      instance.resize();
      setWidth(Math.round(element.current?.clientWidth ?? 0));
    });
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (width === 0) return;
    const drawn = typeof option === 'function' ? option(width) : option;
    chart.current?.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...drawn }, true);
  }, [option, width]);

  return <div ref={element} className="chart" role="img" aria-label={label} style={{ height }} />;
}
