/**
 * Password hashing with scrypt (node:crypto): memory-hard, so a stolen users table costs an
 * attacker memory as well as time for every guess. The stored string carries its own
 * parameters and salt, PHC style:
 *
 *   $scrypt$ln=15,r=8,p=1$<salt, base64url>$<hash, base64url>
 *
 * so the cost can be raised later without invalidating existing hashes. Verification
 * compares in constant time.
 *
 * Why ln=15 (N = 32768, 32 MiB, about 50-100 ms on the 2-core school server): strong enough
 * for passwords typed on shared laptops, cheap enough that a morning rush of 70 sign-ins
 * does not stall sync. Tests may pass cheaper parameters; the hash records which were used.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptParams {
  /** log2 of the CPU/memory cost N. */
  ln: number;
  /** Block size. */
  r: number;
  /** Parallelism. */
  p: number;
}

export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { ln: 15, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Longest password accepted: hashing cost must not grow with what a client sends. */
export const MAX_PASSWORD_LENGTH = 1024;

const HASH_PATTERN = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9_-]{16,64})\$([A-Za-z0-9_-]{32,128})$/;

function derive(password: string, salt: Buffer, params: ScryptParams, keyLength: number): Promise<Buffer> {
  const N = 2 ** params.ln;
  const options: ScryptOptions = { N, r: params.r, p: params.p, maxmem: 256 * N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function isSaneParams(params: ScryptParams): boolean {
  return params.ln >= 1 && params.ln <= 20 && params.r >= 1 && params.r <= 32 && params.p >= 1 && params.p <= 16;
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): Promise<string> {
  if (!isSaneParams(params)) throw new RangeError('scrypt parameters out of range');
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params, KEY_BYTES);
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Whether `password` matches `stored`; false (never a throw) for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = HASH_PATTERN.exec(stored);
  if (!match) return false;
  const params: ScryptParams = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  if (!isSaneParams(params)) return false;
  const salt = Buffer.from(match[4]!, 'base64url');
  const expected = Buffer.from(match[5]!, 'base64url');
  const key = await derive(password, salt, params, expected.length);
  return timingSafeEqual(key, expected);
}

/**
 * A hash of a password nobody knows, with the default parameters. Sign-in verifies against
 * it when the login does not exist, so an unknown login takes as long as a wrong password
 * and the answer time does not tell which logins exist.
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(18).toString('base64url'));
  return dummyHash;
}
