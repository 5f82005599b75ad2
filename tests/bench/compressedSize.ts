/**
 * Sizes as the server sends them: each file compressed on its own at the top quality the
 * server uses for built files (brotli 11, gzip 9; see `src/server/static/CompressedFileCache.ts`).
 */
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface SizeTotals {
  files: number;
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
  /** The biggest file after brotli, for a first look at where the bytes go. */
  largestFile: string | null;
  largestFileBrotliBytes: number | null;
}

export async function compressedSizes(paths: readonly { path: string; label: string }[]): Promise<SizeTotals> {
  const totals: SizeTotals = { files: 0, rawBytes: 0, gzipBytes: 0, brotliBytes: 0, largestFile: null, largestFileBrotliBytes: null };
  for (const { path, label } of paths) {
    const data = await readFile(path);
    const brotli = brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }).length;
    totals.files++;
    totals.rawBytes += data.length;
    totals.gzipBytes += gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length;
    totals.brotliBytes += brotli;
    if (brotli > (totals.largestFileBrotliBytes ?? -1)) {
      totals.largestFile = label;
      totals.largestFileBrotliBytes = brotli;
    }
  }
  return totals;
}
