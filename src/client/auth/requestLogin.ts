/**
 * `POST /api/v1/auth/login`: the one request that checks a password on the server. The
 * password and the token travel only in the request and response bodies, never in a URL,
 * and nothing here logs either. Timeout sized for a satellite link that is slow to answer
 * (600-800 ms round trips, a server that hashes with scrypt).
 */
import { loginResponseSchema, type LoginResponse } from '@/sync/authMessages';
import { SignInFailure, type SignInRefusal } from './signInFailure';

export interface LoginRequestOptions {
  baseUrl: string;
  login: string;
  password: string;
  deviceId: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export type LoginAnswer = { ok: true; response: LoginResponse } | SignInRefusal;

export async function requestLogin(options: LoginRequestOptions): Promise<LoginAnswer> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(`${options.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ login: options.login.trim(), password: options.password, deviceId: options.deviceId }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    return { ok: false, failure: SignInFailure.noConnection };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const parsed = loginResponseSchema.safeParse(body);
    return parsed.success ? { ok: true, response: parsed.data } : { ok: false, failure: SignInFailure.serverError };
  }
  return refusalFor(response, body);
}

function refusalFor(response: Response, body: unknown): SignInRefusal {
  const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
  switch (code) {
    case 'invalid_credentials':
    case 'bad_request':
      return { ok: false, failure: SignInFailure.invalidCredentials };
    case 'account_disabled':
      return { ok: false, failure: SignInFailure.accountDisabled };
    case 'too_many_requests': {
      const seconds = Number(response.headers.get('retry-after'));
      return { ok: false, failure: SignInFailure.tooManyAttempts, ...(seconds > 0 ? { retryAfterSeconds: Math.ceil(seconds) } : {}) };
    }
    default:
      // No JSON error at all: a proxy or captive portal answered, not the school server.
      return { ok: false, failure: code === undefined && response.status !== 500 ? SignInFailure.noConnection : SignInFailure.serverError };
  }
}
