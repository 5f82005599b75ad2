/**
 * How fast this machine is, beside a benchmark's figures: every session runs on another
 * machine, and the same server code measured 28 school days a second on one and 17 on
 * the next. Two probes:
 * - `referenceCpuMs`: a fixed piece of work (a 1 MB document through JSON, gzip and back),
 *   the kind the sync server does;
 * - `pageFaultUs`: the time to touch one fresh page of memory. On the 2-core VMs here it
 *   was about 13 µs (a few hundred nanoseconds on bare hardware), and a server that
 *   allocates fresh megabytes each request pays it on every page.
 * The figures say which machine a run was on; compare across machines with care.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

const PAGE = 4096;
/** Above glibc's largest mmap threshold (32 MB): always fresh pages from the kernel. */
const PROBE_BYTES = 64 * 1024 * 1024;

function referenceDocument(): unknown {
  return Array.from({ length: 2500 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    fields: { text: `Жауап ${i}: «Абай» жолдары`, points: i % 5, tags: ['a', 'b', i % 3 ? 'c' : 'd'] },
    stamp: '2026-10-05T08:00:00.000Z-0001-4fa6aff4f3d84afc',
  }));
}

function referenceCpuMs(): number {
  const doc = referenceDocument();
  const run = () => {
    const text = JSON.stringify(doc);
    JSON.parse(gunzipSync(gzipSync(text, { level: 6 })).toString());
  };
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[3]!;
}

function pageFaultUs(): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const buffer = Buffer.allocUnsafeSlow(PROBE_BYTES);
    const start = performance.now();
    for (let at = 0; at < PROBE_BYTES; at += PAGE) buffer[at] = 1;
    times.push(((performance.now() - start) * 1000) / (PROBE_BYTES / PAGE));
  }
  return times.sort((a, b) => a - b)[1]!;
}

export function measureMachineSpeed(): { referenceCpuMs: number; pageFaultUs: number } {
  return { referenceCpuMs: Math.round(referenceCpuMs() * 10) / 10, pageFaultUs: Math.round(pageFaultUs() * 100) / 100 };
}
