/**
 * The `Range` header of a download, for a file of `size` bytes. One byte range is served
 * (`bytes=a-b`, `bytes=a-`, `bytes=-n`); anything else the header could say (several
 * ranges, another unit, garbage, a range past the end) is unsatisfiable, answered 416 with
 * the size, so a client with a bug finds out instead of silently receiving the whole file.
 */
import type { ByteRange } from './BlobStore';

export type RangeRequest = { kind: 'whole' } | { kind: 'range'; range: ByteRange } | { kind: 'unsatisfiable' };

const ONE_RANGE = /^bytes=(\d{0,15})-(\d{0,15})$/;

export function parseRange(header: string | undefined, size: number): RangeRequest {
  if (header === undefined) return { kind: 'whole' };
  const match = ONE_RANGE.exec(header.trim());
  if (!match) return { kind: 'unsatisfiable' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'unsatisfiable' };
  if (first === '') {
    // A suffix: the last n bytes (all of them when n is larger than the file).
    const length = Number(last);
    if (length === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'range', range: { start: Math.max(0, size - length), end: size - 1 } };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size || (last !== '' && Number(last) < start)) return { kind: 'unsatisfiable' };
  return { kind: 'range', range: { start, end } };
}
