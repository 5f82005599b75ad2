/**
 * The school's measured download and upload over time against its contracted speed, drawn
 * with uPlot on a canvas; the table below the chart holds the same figures for screen
 * readers and printing. Named `TrendChart.tsx` on purpose: the build puts modules of that
 * name, with uPlot, in the chunk of libraries loaded on use (vite.config.ts
 * `LAZY_LIBRARY_BOUNDARIES`), so neither rides in the screens' chunk.
 */
import { useRef } from 'react';
import { cssColor, useUplot } from '@/ui/components/uplotChart';

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

export default function LinkTrendChart({ label, points, seriesLabels, formatTime }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const colors = {
    down: cssColor('--color-primary', '#0f5c6e'),
    up: cssColor('--color-accent', '#c8892b'),
    contract: cssColor('--color-text', '#1d2327'),
  };

  useUplot(
    frame,
    HEIGHT,
    (theme) =>
      points.length === 0
        ? undefined
        : {
            data: [
              points.map((p) => p.measuredAt / 1000),
              points.map((p) => p.downMbps),
              points.map((p) => p.upMbps),
              points.map((p) => p.contractedMbps ?? null),
            ],
            options: {
              legend: { show: false },
              cursor: { show: false },
              scales: { y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] } },
              axes: [
                { stroke: theme.text, font: theme.font, grid: { show: false }, values: (_u, splits) => splits.map((s) => formatTime(s * 1000)) },
                { stroke: theme.text, font: theme.font, size: 48, grid: { stroke: theme.grid, width: 1 } },
              ],
              series: [
                {},
                { label: seriesLabels.down, stroke: colors.down, width: 2.5, points: { show: true, size: 7, fill: colors.down } },
                { label: seriesLabels.up, stroke: colors.up, width: 2.5, dash: [7, 5], points: { show: true, size: 7, fill: colors.up } },
                { label: seriesLabels.contract, stroke: colors.contract, width: 1.5, dash: [2, 4], points: { show: false } },
              ],
            },
          },
    [JSON.stringify({ points, seriesLabels }), formatTime],
  );

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
