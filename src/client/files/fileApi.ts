/**
 * How the laptop reaches `/api/v1/files/*`: the server's address, the person's session
 * token (in the Authorization header, never in a URL) and fetch (a test's, or the browser's).
 * Failures become `FileTransferError`s with a code the screens translate.
 */
import { UPLOAD_OFFSET_HEADER } from '@/sync/fileMessages';

export interface FileApi {
  readonly baseUrl: string;
  readonly token: string;
  readonly fetch?: typeof fetch;
}

export const FileFailure = {
  /** No link, or it was cut: try again later, from where it stopped. */
  offline: 'offline',
  /** The session is gone: sign in online again. */
  signedOut: 'signedOut',
  /** This person may not upload (pupils, assistants). */
  forbidden: 'forbidden',
  /** The server has no such file (not uploaded yet, or another school's). */
  notFound: 'notFound',
  /** The bytes do not hash to the file's name: nothing is kept, nothing shown. */
  hashMismatch: 'hashMismatch',
  /** Larger than the server accepts (`limit`). */
  tooLarge: 'tooLarge',
  /** The laptop's disk is full. */
  diskFull: 'diskFull',
  /** Anything else the server answered. */
  server: 'server',
} as const;
export type FileFailure = (typeof FileFailure)[keyof typeof FileFailure];

export class FileTransferError extends Error {
  constructor(
    readonly failure: FileFailure,
    message: string,
    readonly limit?: number,
  ) {
    super(message);
    this.name = 'FileTransferError';
  }
}

export const filesUrl = (api: FileApi, sha256: string, suffix = ''): string => `${api.baseUrl}/api/v1/files/${sha256}${suffix}`;

/** One request; a network failure (no link, a cut) is `offline`. */
export async function fileRequest(api: FileApi, url: string, init: RequestInit): Promise<Response> {
  const doFetch = api.fetch ?? globalThis.fetch;
  try {
    return await doFetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${api.token}` } });
  } catch (error) {
    if ((error as { name?: string }).name === 'AbortError') throw error;
    throw new FileTransferError(FileFailure.offline, `No answer from the server: ${String(error)}`);
  }
}

/** The failure an unsuccessful answer stands for. */
export async function failureOf(response: Response): Promise<FileTransferError> {
  let body: { error?: { code?: string; message?: string; limit?: number } } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // Not JSON (a proxy's page): the status decides.
  }
  const message = body.error?.message ?? `HTTP ${response.status}`;
  switch (response.status) {
    case 401:
      return new FileTransferError(FileFailure.signedOut, message);
    case 403:
      return new FileTransferError(FileFailure.forbidden, message);
    case 404:
      return new FileTransferError(FileFailure.notFound, message);
    case 413:
      return new FileTransferError(FileFailure.tooLarge, message, body.error?.limit);
    case 422:
      return new FileTransferError(FileFailure.hashMismatch, message);
    default:
      return response.status >= 500 || response.status === 429
        ? new FileTransferError(FileFailure.offline, message)
        : new FileTransferError(FileFailure.server, message);
  }
}

export function offsetHeader(response: Response): number | undefined {
  const value = response.headers.get(UPLOAD_OFFSET_HEADER);
  const offset = value === null ? NaN : Number(value);
  return Number.isSafeInteger(offset) && offset >= 0 ? offset : undefined;
}
