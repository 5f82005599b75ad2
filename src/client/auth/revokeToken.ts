/**
 * `POST /api/v1/auth/logout` with the token in the Authorization header: the server
 * revokes the session, so a token left on a laptop can no longer sync. A 401 means the
 * session was already gone, which is as good.
 */
export const RevokeOutcome = {
  revoked: 'revoked',
  /** No answer from the server: the token still works there; try again later. */
  unreachable: 'unreachable',
} as const;
export type RevokeOutcome = (typeof RevokeOutcome)[keyof typeof RevokeOutcome];

export async function revokeToken(deps: { baseUrl: string; fetch?: typeof fetch }, token: string): Promise<RevokeOutcome> {
  const doFetch = deps.fetch ?? globalThis.fetch.bind(globalThis);
  try {
    const response = await doFetch(`${deps.baseUrl}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(20_000),
      credentials: 'omit',
      cache: 'no-store',
    });
    return response.ok || response.status === 401 ? RevokeOutcome.revoked : RevokeOutcome.unreachable;
  } catch {
    return RevokeOutcome.unreachable;
  }
}
