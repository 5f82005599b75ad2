/**
 * What a benchmark is: a named module that measures and returns rows. `run.ts` builds the
 * app, runs every registered benchmark (`benchmarks.ts`) and prints the rows as a table or,
 * with `--json`, as a JSON array. Each row names its workload and link from
 * `../shared/bench/WORKLOADS.md`, so figures of different days and machines line up.
 */
export type Figure = number | string | boolean | null;

export interface BenchResult {
  name: string;
  workload: string;
  /** A link of WORKLOADS.md, or `none` for figures that do not travel (sizes on disk). */
  link: string;
  [figure: string]: Figure;
}

export interface BenchContext {
  /** The built app to measure. */
  distDir: string;
  /** Repetitions for timed figures; medians are reported. */
  runs: number;
  /** Progress for the terminal (stderr, so `--json` output stays clean). */
  log(line: string): void;
}

export interface Benchmark {
  name: string;
  run(context: BenchContext): Promise<BenchResult[]>;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}
