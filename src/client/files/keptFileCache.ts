/**
 * Where a kept file's bytes live: Cache Storage, under `/offline-files/<sha256>`, because
 * the service worker answers a video's or a PDF's requests from there, with byte ranges
 * (seeking), offline and after a browser restart (`src/sw.ts`). Tests use `memoryFileCache`.
 */
export const KEPT_FILES_CACHE = 'sandyq-files-v1';
export const OFFLINE_FILES_PATH = '/offline-files/';

export function offlineFileUrl(sha256: string): string {
  return `${OFFLINE_FILES_PATH}${sha256}`;
}

export interface KeptFileCache {
  put(sha256: string, bytes: Blob, mime: string): Promise<void>;
  has(sha256: string): Promise<boolean>;
  delete(sha256: string): Promise<void>;
}

export function browserFileCache(): KeptFileCache {
  const open = () => caches.open(KEPT_FILES_CACHE);
  return {
    async put(sha256, bytes, mime) {
      const headers = { 'content-type': mime, 'content-length': String(bytes.size), 'accept-ranges': 'bytes' };
      await (await open()).put(offlineFileUrl(sha256), new Response(bytes, { headers }));
    },
    has: async (sha256) => (await (await open()).match(offlineFileUrl(sha256))) !== undefined,
    async delete(sha256) {
      await (await open()).delete(offlineFileUrl(sha256));
    },
  };
}

export function memoryFileCache(): KeptFileCache & { readonly files: Map<string, Blob> } {
  const files = new Map<string, Blob>();
  return {
    files,
    put: async (sha256, bytes) => void files.set(sha256, bytes),
    has: async (sha256) => files.has(sha256),
    delete: async (sha256) => void files.delete(sha256),
  };
}
