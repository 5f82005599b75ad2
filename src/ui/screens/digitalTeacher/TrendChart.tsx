/**
 * Each pupil's growth as a chart, drawn with uPlot on a canvas: for every pupil with both a
 * starting and a latest checkpoint, the start (a hollow point) and the latest result (a filled
 * point) in percent, joined by a line, so the way up or down shows at a glance. The pupils'
 * table on the same page holds the same figures for screen readers and printing.
 *
 * This module is the only one of the screen that imports uPlot and its stylesheet, and is
 * loaded with `React.lazy` when the report shows, as the Achievement screen's trend chart is.
 * Its file name is `TrendChart.tsx` because the build keeps modules of that name (and uPlot)
 * out of the screens' chunk (vite.config.ts, LAZY_LIBRARY_BOUNDARIES); another name would
 * pull uPlot into every first visit.
 */
import { useRef } from 'react';
import uPlot from 'uplot';
import { cssColor, percentAxis, useUplot } from '@/ui/components/uplotChart';

export interface GrowthPoint {
  readonly name: string;
  readonly start: number;
  readonly latest: number;
}

interface Props {
  /** The chart's accessible name, pointing to the table that holds its figures. */
  readonly label: string;
  readonly startLabel: string;
  readonly latestLabel: string;
  /** 0, 20, … 100 % as the interface language writes them, for the vertical axis. */
  readonly percentTicks: readonly string[];
  readonly points: readonly GrowthPoint[];
}

const HEIGHT = 260;

export default function GrowthChart({ label, startLabel, latestLabel, percentTicks, points }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const colors = { start: cssColor('--color-accent', '#c8892b'), latest: cssColor('--color-primary', '#0f5c6e') };

  useUplot(
    frame,
    HEIGHT,
    (theme) => {
      const xs = points.map((_, i) => i + 1);
      // Each pupil's start and latest result are the ends of one short vertical line.
      const joinStartToLatest = (u: uPlot) => {
        const ctx = u.ctx;
        ctx.save();
        ctx.strokeStyle = theme.grid;
        ctx.lineWidth = 2 * uPlot.pxRatio;
        points.forEach((p, i) => {
          const x = u.valToPos(i + 1, 'x', true);
          ctx.beginPath();
          ctx.moveTo(x, u.valToPos(p.start, 'y', true));
          ctx.lineTo(x, u.valToPos(p.latest, 'y', true));
          ctx.stroke();
        });
        ctx.restore();
      };
      return {
        data: [xs, points.map((p) => p.start), points.map((p) => p.latest)],
        options: {
          legend: { show: false },
          cursor: { show: false },
          scales: { x: { time: false, range: [0.4, points.length + 0.6] }, y: { range: [0, 100] } },
          hooks: { drawSeries: [(u: uPlot, index: number) => index === 1 && joinStartToLatest(u)] },
          axes: [
            {
              stroke: theme.text,
              font: theme.font,
              grid: { show: false },
              splits: () => xs,
              values: (_plot, splits) => splits.map((v) => points[v - 1]?.name ?? ''),
            },
            percentAxis(theme, percentTicks),
          ],
          series: [
            {},
            { label: startLabel, stroke: colors.start, width: 0, points: { show: true, size: 10, width: 2, fill: '#ffffff', stroke: colors.start } },
            { label: latestLabel, stroke: colors.latest, width: 0, points: { show: true, size: 10, fill: colors.latest, stroke: colors.latest } },
          ],
        },
      };
    },
    [JSON.stringify({ startLabel, latestLabel, percentTicks, points })],
  );

  return (
    <div className="growth-chart">
      <div ref={frame} role="img" aria-label={label} className="growth-chart-canvas" />
      <ul className="growth-legend">
        <li>
          <svg width="14" height="14" aria-hidden="true" focusable="false">
            <circle cx="7" cy="7" r="5" fill="#ffffff" stroke={colors.start} strokeWidth="2" />
          </svg>
          {startLabel}
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true" focusable="false">
            <circle cx="7" cy="7" r="5" fill={colors.latest} />
          </svg>
          {latestLabel}
        </li>
      </ul>
    </div>
  );
}
