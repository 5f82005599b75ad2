/**
 * readNdjson: lines split anywhere across chunks (inside a multi-byte character too) come
 * out whole and in order; a body that ends inside a line throws after the complete lines.
 */
import { describe, expect, it } from 'vitest';
import { readNdjson } from '@/client/sync/readNdjson';

function streamOf(bytes: Uint8Array, cuts: number[]): ReadableStream<Uint8Array> {
  const points = [0, ...cuts.filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b), bytes.length];
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i >= points.length - 1) return controller.close();
      controller.enqueue(bytes.subarray(points[i]!, points[i + 1]!));
      i++;
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const line of readNdjson(stream)) out.push(line);
  return out;
}

const lines = [
  { type: 'header', n: 1 },
  { type: 'page', rows: Array.from({ length: 300 }, (_, i) => ({ id: i, name: 'Әлия Сәрсенбаева' })) },
  { type: 'end' },
];
const bytes = new TextEncoder().encode(lines.map((l) => JSON.stringify(l)).join('\n') + '\n');

describe('readNdjson', () => {
  it('yields every line whole whatever the chunking', async () => {
    expect(await collect(streamOf(bytes, []))).toEqual(lines);
    expect(
      await collect(
        streamOf(
          bytes,
          Array.from({ length: bytes.length }, (_, i) => i),
        ),
      ),
    ).toEqual(lines);
    for (let seed = 1; seed < 30; seed++) {
      const cuts = Array.from({ length: 1 + (seed % 7) }, (_, k) => (seed * 7919 * (k + 1)) % bytes.length);
      expect(await collect(streamOf(bytes, cuts))).toEqual(lines);
    }
  });

  it('skips blank lines', async () => {
    const text = new TextEncoder().encode('{"a":1}\n\n{"b":2}\n');
    expect(await collect(streamOf(text, [3, 8]))).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('throws on a cut inside a line, after yielding the complete ones', async () => {
    const cut = bytes.subarray(0, bytes.length - 8); // inside the end line
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const line of readNdjson(streamOf(cut, [100, 5000]))) seen.push(line);
      })(),
    ).rejects.toThrow();
    expect(seen).toEqual([lines[0], lines[1]]);
  });
});
