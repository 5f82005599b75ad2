/**
 * The SHA-256 of a file as the server names it (64 lowercase hex digits), read in slices so
 * a long video is never held in memory at once. hash-wasm is loaded on first use: the
 * first visit's bundle never carries it. (`crypto.subtle.digest` has no incremental form.)
 */
const SLICE_BYTES = 4 * 1024 * 1024;

export async function sha256OfBlob(blob: Blob, onProgress?: (hashed: number) => void): Promise<string> {
  const { createSHA256 } = await import('hash-wasm');
  const hasher = await createSHA256();
  hasher.init();
  for (let offset = 0; offset < blob.size; offset += SLICE_BYTES) {
    hasher.update(new Uint8Array(await blob.slice(offset, offset + SLICE_BYTES).arrayBuffer()));
    onProgress?.(Math.min(blob.size, offset + SLICE_BYTES));
  }
  return hasher.digest('hex');
}
