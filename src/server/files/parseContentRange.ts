/**
 * The `Content-Range` of an upload chunk: `bytes start-end/total`, inclusive positions, the
 * total always known (it decides when the file is complete). No header: the body is the
 * whole file. Returns undefined for anything malformed (answered 400).
 */
export interface UploadChunk {
  start: number;
  /** Bytes in this chunk. */
  length: number;
  total: number;
}

const CONTENT_RANGE = /^bytes (\d{1,15})-(\d{1,15})\/(\d{1,15})$/;

export function parseContentRange(header: string): UploadChunk | undefined {
  const match = CONTENT_RANGE.exec(header.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  const total = Number(match[3]);
  if (end < start || end >= total) return undefined;
  return { start, length: end - start + 1, total };
}
