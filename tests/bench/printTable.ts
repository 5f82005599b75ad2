/** The human-readable form of the results: one line per row, its figures after the names. */
import type { BenchResult, Figure } from './benchmark';

export function formatTable(results: readonly BenchResult[]): string {
  const head = ['name', 'workload', 'link', 'figures'];
  const rows = results.map(({ name, workload, link, ...figures }) => [
    name,
    workload,
    link,
    Object.entries(figures)
      .filter(([, value]) => value !== null)
      .map(([key, value]) => `${key}=${formatFigure(value)}`)
      .join('  '),
  ]);
  const widths = head.slice(0, 3).map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c)).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-') + '-|-' + '-'.repeat(7), ...rows.map(line)].join('\n');
}

function formatFigure(value: Figure): string {
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(1);
  if (typeof value === 'string' && /\s/.test(value)) return JSON.stringify(value);
  return String(value);
}
