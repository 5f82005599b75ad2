/**
 * Session tokens: `<schoolId>.<secret>`, the secret 32 random bytes in base64url.
 *
 * The school prefix keeps every session lookup keyed by school (the sessions table's key is
 * (school_id, token_hash)), so a deployment distributed by school finds a session on the
 * school's own shard. Only the SHA-256 of the whole token is stored: a copy of the database
 * does not let anyone sign in. The token travels only in the Authorization header.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface SessionTokenParts {
  schoolId: string;
  /** SHA-256 of the whole token, hex: what the sessions table stores. */
  tokenHash: string;
}

const SECRET_BYTES = 32;
const TOKEN_PATTERN = /^([A-Za-z0-9-]{1,64})\.([A-Za-z0-9_-]{43})$/;

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newSessionToken(schoolId: string): { token: string } & SessionTokenParts {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(schoolId)) throw new RangeError('A school id must be 1-64 letters, digits or dashes');
  const token = `${schoolId}.${randomBytes(SECRET_BYTES).toString('base64url')}`;
  return { token, schoolId, tokenHash: hashSessionToken(token) };
}

/** The school and hash of a well-formed token; undefined for anything else. */
export function parseSessionToken(token: string): SessionTokenParts | undefined {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return undefined;
  return { schoolId: match[1]!, tokenHash: hashSessionToken(token) };
}
