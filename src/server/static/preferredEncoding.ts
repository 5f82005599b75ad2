/**
 * Picks the response encoding from `Accept-Encoding`: brotli when the client takes it
 * (every browser the app supports does, over HTTP too), else gzip, else none.
 */
export const ContentEncoding = { br: 'br', gzip: 'gzip' } as const;
export type ContentEncoding = (typeof ContentEncoding)[keyof typeof ContentEncoding];

export function preferredEncoding(acceptEncoding: string | undefined): ContentEncoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name.trim(), q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const takes = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (takes(ContentEncoding.br)) return ContentEncoding.br;
  if (takes(ContentEncoding.gzip)) return ContentEncoding.gzip;
  return undefined;
}
