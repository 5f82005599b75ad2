/**
 * Online calls of the head's People screen to `/api/v1/people/*`, with the signed-in
 * session's token in the Authorization header (never in a URL). Every answer is checked
 * against its schema before use: the network is not trusted. Nothing is queued: these
 * actions need the server, and a failure is returned for the screen to say so.
 */
import type { z } from 'zod';

export const PeopleFailure = {
  /** The server could not be reached: the action needs the internet. */
  noConnection: 'noConnection',
  forbidden: 'forbidden',
  notFound: 'notFound',
  /** Login taken, a login already there, the head's own head role… (`message` says which, in English). */
  conflict: 'conflict',
  badRequest: 'badRequest',
  /** Changing one's own password: the current one is wrong. */
  wrongPassword: 'wrongPassword',
  tooManyRequests: 'tooManyRequests',
  /** The session ended: sign in again online. */
  signedOut: 'signedOut',
  /** The signed-in person still holds a one-time password: they must choose their own first. */
  passwordChangeRequired: 'passwordChangeRequired',
  serverError: 'serverError',
} as const;
export type PeopleFailure = (typeof PeopleFailure)[keyof typeof PeopleFailure];

export type PeopleAnswer<T> = { ok: true; value: T } | { ok: false; failure: PeopleFailure; retryAfterSeconds?: number };

export interface PeopleRequestOptions {
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
}

const FAILURE_BY_CODE: Record<string, PeopleFailure> = {
  forbidden: PeopleFailure.forbidden,
  not_found: PeopleFailure.notFound,
  conflict: PeopleFailure.conflict,
  bad_request: PeopleFailure.badRequest,
  invalid_credentials: PeopleFailure.wrongPassword,
  too_many_requests: PeopleFailure.tooManyRequests,
  unauthorized: PeopleFailure.signedOut,
  token_expired: PeopleFailure.signedOut,
  token_revoked: PeopleFailure.signedOut,
  password_change_required: PeopleFailure.passwordChangeRequired,
};

export async function peopleRequest<T>(
  options: PeopleRequestOptions,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  schema: z.ZodType<T> | undefined,
  body?: unknown,
): Promise<PeopleAnswer<T | undefined>> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(`${options.baseUrl}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${options.token}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(30_000),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    return { ok: false, failure: PeopleFailure.noConnection };
  }
  const json: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (response.ok) {
    if (!schema) return { ok: true, value: undefined };
    const parsed = schema.safeParse(json);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, failure: PeopleFailure.serverError };
  }
  const code = (json as { error?: { code?: unknown } } | undefined)?.error?.code;
  const failure = typeof code === 'string' ? (FAILURE_BY_CODE[code] ?? PeopleFailure.serverError) : PeopleFailure.noConnection;
  const seconds = Number(response.headers.get('retry-after'));
  return { ok: false, failure, ...(failure === PeopleFailure.tooManyRequests && seconds > 0 ? { retryAfterSeconds: Math.ceil(seconds) } : {}) };
}
