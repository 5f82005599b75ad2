/**
 * The school's measured download and upload over time against its contracted speed, drawn
 * with uPlot on a canvas; the table below the chart holds the same figures for screen
 * readers and printing. Named `TrendChart.tsx` on purpose: the build puts modules of that
 * name, with uPlot, in the chunk of libraries loaded on use (vite.config.ts
 * `LAZY_LIBRARY_BOUNDARIES`), so neither rides in the screens' chunk.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface LinkPoint {
  readonly measuredAt: number;
  readonly downMbps: number;
  readonly upMbps: number;
  readonly contractedMbps?: number | undefined;
}

interface Props {
  /** The chart's accessible name, pointing to the table that holds its figures. */
  readonly label: string;
  readonly points: readonly LinkPoint[];
  readonly seriesLabels: { readonly down: string; readonly up: string; readonly contract: string };
  /** A date as the interface language writes it (axis ticks). */
  readonly formatTime: (ms: number) => string;
}

const HEIGHT = 240;
const MAX_WIDTH = 760;

function cssColor(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export default function LinkTrendChart({ label, points, seriesLabels, formatTime }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const colors = {
    down: cssColor('--color-primary', '#0f5c6e'),
    up: cssColor('--color-accent', '#c8892b'),
    contract: cssColor('--color-text', '#1d2327'),
  };

  useEffect(() => {
    const target = frame.current;
    if (!target || points.length === 0) return;
    const text = cssColor('--color-text', '#1d2327');
    const grid = cssColor('--color-border', '#cfd6da');
    const font = `13px ${getComputedStyle(target).fontFamily || 'sans-serif'}`;
    const widthOf = () => Math.max(280, Math.min(MAX_WIDTH, target.clientWidth));
    const data: uPlot.AlignedData = [
      points.map((p) => p.measuredAt / 1000),
      points.map((p) => p.downMbps),
      points.map((p) => p.upMbps),
      points.map((p) => p.contractedMbps ?? null),
    ];
    const plot = new uPlot(
      {
        width: widthOf(),
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        scales: { y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] } },
        axes: [
          { stroke: text, font, grid: { show: false }, values: (_u, splits) => splits.map((s) => formatTime(s * 1000)) },
          { stroke: text, font, size: 48, grid: { stroke: grid, width: 1 } },
        ],
        series: [
          {},
          { label: seriesLabels.down, stroke: colors.down, width: 2.5, points: { show: true, size: 7, fill: colors.down } },
          { label: seriesLabels.up, stroke: colors.up, width: 2.5, dash: [7, 5], points: { show: true, size: 7, fill: colors.up } },
          { label: seriesLabels.contract, stroke: colors.contract, width: 1.5, dash: [2, 4], points: { show: false } },
        ],
      },
      data,
      target,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: widthOf(), height: HEIGHT }));
    resize.observe(target);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
    // Redrawn when the figures or the words change; colours come from the stylesheet.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify({ points, seriesLabels }), formatTime]);

  const legend = [
    { key: 'down', text: seriesLabels.down, color: colors.down, dash: undefined },
    { key: 'up', text: seriesLabels.up, color: colors.up, dash: '7 5' },
    { key: 'contract', text: seriesLabels.contract, color: colors.contract, dash: '2 4' },
  ];
  return (
    <div className="achievement-chart">
      <div ref={frame} role="img" aria-label={label} className="achievement-chart-canvas" />
      <ul className="achievement-legend">
        {legend.map((l) => (
          <li key={l.key}>
            <svg width="32" height="10" aria-hidden="true" focusable="false">
              <line x1="1" y1="5" x2="31" y2="5" stroke={l.color} strokeWidth="3" strokeDasharray={l.dash} />
            </svg>
            {l.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
