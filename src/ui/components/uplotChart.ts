/**
 * What the uPlot charts share (achievement, connectivity, the programme's growth): the
 * stylesheet's colours and the page's font, a percent axis, and one lifecycle: drawn at the
 * frame's width once mounted, redrawn at a new width, destroyed when its figures change or
 * the chart goes.
 *
 * Imports uPlot, so it is loaded on use with the charts: vite.config.ts's
 * `LAZY_LIBRARY_BOUNDARIES` names this file beside the `TrendChart.tsx` modules.
 */
import { useEffect, type RefObject } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

const MIN_WIDTH = 280;
const MAX_WIDTH = 760;
export const PERCENT_TICKS = [0, 20, 40, 60, 80, 100];

/** A colour of the stylesheet (custom property), or `fallback` where it is not set. */
export function cssColor(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export interface ChartTheme {
  readonly text: string;
  readonly grid: string;
  readonly font: string;
}

/** The vertical axis of a percent chart: 0 to 100 by 20, as the interface language writes them. */
export function percentAxis(theme: ChartTheme, percentTicks: readonly string[]): uPlot.Axis {
  return {
    stroke: theme.text,
    font: theme.font,
    size: 56,
    grid: { stroke: theme.grid, width: 1 },
    splits: () => PERCENT_TICKS,
    values: (_plot, splits) => splits.map((v) => percentTicks[PERCENT_TICKS.indexOf(v)] ?? ''),
  };
}

export interface ChartSpec {
  readonly options: Omit<uPlot.Options, 'width' | 'height'>;
  readonly data: uPlot.AlignedData;
}

/**
 * Draws the chart `build` describes into `frame`, `height` px high and as wide as the frame
 * (280-760 px). `figures` says when to draw it anew: the figures and the words, not the
 * colours, which come from the stylesheet. `build` answers undefined for nothing to draw.
 */
export function useUplot(
  frame: RefObject<HTMLDivElement | null>,
  height: number,
  build: (theme: ChartTheme) => ChartSpec | undefined,
  figures: readonly unknown[],
): void {
  useEffect(() => {
    const target = frame.current;
    if (!target) return;
    const theme: ChartTheme = {
      text: cssColor('--color-text', '#1d2327'),
      grid: cssColor('--color-border', '#cfd6da'),
      font: `13px ${getComputedStyle(target).fontFamily || 'sans-serif'}`,
    };
    const chart = build(theme);
    if (!chart) return;
    const widthOf = () => Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, target.clientWidth));
    const plot = new uPlot({ ...chart.options, width: widthOf(), height }, chart.data, target);
    const resize = new ResizeObserver(() => plot.setSize({ width: widthOf(), height }));
    resize.observe(target);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, figures);
}
