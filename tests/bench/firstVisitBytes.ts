/**
 * Compressed bytes of the first visit (what must arrive before the app can start) against
 * the 200 KB budget of DESIGN.md, and of the whole precache (what the service worker
 * fetches after first paint so the app works offline).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Benchmark, BenchResult } from './benchmark';
import { compressedSizes } from './compressedSize';
import { firstVisitFiles, precachedFiles } from './distManifest';

/** DESIGN.md: "a target of 200 KB compressed for JS, CSS and HTML together". */
export const FIRST_VISIT_BUDGET_BYTES = 200_000;

export const firstVisitBytes: Benchmark = {
  name: 'first-visit-bytes',
  async run({ distDir }) {
    const first = await firstVisitFiles(distDir);
    const present = first.filter((f) => existsSync(join(distDir, f)));
    const sizes = await compressedSizes(present.map((f) => ({ path: join(distDir, f), label: f })));
    const rows: BenchResult[] = [
      {
        name: 'first-visit-bytes',
        workload: 'app-shell',
        link: 'none',
        ...sizes,
        budgetBytes: FIRST_VISIT_BUDGET_BYTES,
        withinBudget: sizes.brotliBytes <= FIRST_VISIT_BUDGET_BYTES,
        note: present.length < first.length ? `missing from dist: ${first.filter((f) => !present.includes(f)).join(', ')}` : null,
      },
    ];

    const precache = await precachedFiles(distDir);
    if (precache === undefined) {
      rows.push({
        name: 'precache-bytes',
        workload: 'app-shell',
        link: 'none',
        files: null,
        note: 'no dist/sw.js: this build has no service worker yet',
      });
    } else {
      const existing = precache.filter((f) => existsSync(join(distDir, f)));
      const missing = precache.length - existing.length;
      rows.push({
        name: 'precache-bytes',
        workload: 'app-shell',
        link: 'none',
        ...(await compressedSizes(existing.map((f) => ({ path: join(distDir, f), label: f })))),
        note: precache.length === 0 ? 'dist/sw.js lists no precache entries' : missing > 0 ? `${missing} listed files missing from dist` : null,
      });
    }
    return rows;
  },
};
