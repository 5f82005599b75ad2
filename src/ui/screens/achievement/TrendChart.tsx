/**
 * The trend as a line chart, drawn with uPlot on a canvas: quarters 1-4 joined by lines, the
 * year a point of its own after a gap (it is not a fifth quarter). Lines are told apart by
 * colour and by dash (the school solid, the class set dashed) and named in a legend in words;
 * the table beside the chart holds the same figures for screen readers and printing.
 *
 * This module (with `uplotChart.ts`, what the charts share) is loaded with `React.lazy` when
 * a chart is shown, so uPlot rides neither in the first visit nor in the screen's own chunk.
 */
import { useRef } from 'react';
import type uPlot from 'uplot';
import { cssColor, percentAxis, useUplot } from '@/ui/components/uplotChart';

export type TrendKind = 'performance' | 'quality';

export interface TrendSeries {
  readonly label: string;
  /** One value per period (quarters 1-4, then the year), a percent or null where nobody is assessed. */
  readonly values: readonly (number | null)[];
  readonly kind: TrendKind;
  readonly dashed: boolean;
}

interface Props {
  /** The chart's accessible name, pointing to the table that holds its figures. */
  readonly label: string;
  /** The periods' names: quarters 1-4, then the year. */
  readonly periods: readonly string[];
  /** 0, 20, … 100 % as the interface language writes them, for the vertical axis. */
  readonly percentTicks: readonly string[];
  readonly series: readonly TrendSeries[];
}

const HEIGHT = 260;
/** x positions: quarters at 1-4, nothing at 4.5 (the line stops), the year at 5. */
const XS = [1, 2, 3, 4, 4.5, 5];

export default function TrendChart({ label, periods, percentTicks, series }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const colors = { performance: cssColor('--color-primary', '#0f5c6e'), quality: cssColor('--color-accent', '#c8892b') };

  useUplot(
    frame,
    HEIGHT,
    (theme) => {
      const data: uPlot.AlignedData = [
        XS,
        ...series.map((s) => {
          const [q1, q2, q3, q4, year] = s.values;
          return [q1 ?? null, q2 ?? null, q3 ?? null, q4 ?? null, null, year ?? null];
        }),
      ];
      return {
        data,
        options: {
          legend: { show: false },
          cursor: { show: false },
          scales: { x: { time: false, range: [0.6, 5.4] }, y: { range: [0, 100] } },
          axes: [
            {
              stroke: theme.text,
              font: theme.font,
              grid: { show: false },
              splits: () => [1, 2, 3, 4, 5],
              values: (_plot, splits) => splits.map((v) => periods[v - 1] ?? ''),
            },
            percentAxis(theme, percentTicks),
          ],
          series: [
            {},
            ...series.map((s) => ({
              label: s.label,
              stroke: colors[s.kind],
              width: 2.5,
              ...(s.dashed ? { dash: [7, 5] } : {}),
              spanGaps: false,
              points: { show: true, size: 8, fill: colors[s.kind], stroke: colors[s.kind] },
            })),
          ],
        },
      };
    },
    [JSON.stringify({ periods, percentTicks, series })],
  );

  return (
    <div className="achievement-chart">
      <div ref={frame} role="img" aria-label={label} className="achievement-chart-canvas" />
      <ul className="achievement-legend">
        {series.map((s) => (
          <li key={s.label}>
            <svg width="32" height="10" aria-hidden="true" focusable="false">
              <line x1="1" y1="5" x2="31" y2="5" stroke={colors[s.kind]} strokeWidth="3" strokeDasharray={s.dashed ? '7 5' : undefined} />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
