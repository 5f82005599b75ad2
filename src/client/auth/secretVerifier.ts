/**
 * Offline sign-in checks a password or PIN against a verifier kept on the laptop, never
 * against the secret itself: PBKDF2-SHA256 (WebCrypto) over a random 16-byte salt. The
 * stored record is { iterations, salt, hash }; the secret is never written anywhere.
 *
 * Iterations: 150,000 costs about 0.1-0.3 s on the slow dual-core laptops of small schools
 * (measured for WebCrypto on Celeron-class CPUs), once per sign-in, and is the OWASP 2023
 * figure for PBKDF2-SHA256 within a factor of four. A verifier records its own iteration
 * count, so raising it later needs no migration: new sign-ins store the new count.
 *
 * A 4-6 digit PIN has at most a million values: no iteration count protects its verifier
 * from someone who copies the laptop's disk. What guards a PIN is the attempt limit of
 * `pinRules.ts`, enforced by the app; the password verifier is the one that must resist
 * offline guessing. Pure: the WebCrypto implementation and the random source are passed in.
 */
export const VerifierAlgorithm = { pbkdf2Sha256: 'PBKDF2-SHA256' } as const;
export type VerifierAlgorithm = (typeof VerifierAlgorithm)[keyof typeof VerifierAlgorithm];

export interface SecretVerifier {
  algorithm: VerifierAlgorithm;
  iterations: number;
  /** base64 of 16 random bytes. */
  salt: string;
  /** base64 of the 32-byte derived key. */
  hash: string;
}

/** Iterations for new verifiers. WARNING: lowering it weakens every verifier made after. */
export const VERIFIER_ITERATIONS = 150_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export interface VerifierCrypto {
  subtle: SubtleCrypto;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

function defaultCrypto(): VerifierCrypto {
  return globalThis.crypto;
}

export async function deriveVerifier(
  secret: string,
  options: { iterations?: number; crypto?: VerifierCrypto; salt?: Uint8Array } = {},
): Promise<SecretVerifier> {
  const webCrypto = options.crypto ?? defaultCrypto();
  const iterations = options.iterations ?? VERIFIER_ITERATIONS;
  const salt = options.salt ?? webCrypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await pbkdf2(webCrypto.subtle, secret, salt, iterations);
  return { algorithm: VerifierAlgorithm.pbkdf2Sha256, iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Whether `secret` matches; the comparison takes the same time wherever the bytes differ. */
export async function verifySecret(secret: string, verifier: SecretVerifier, webCrypto: VerifierCrypto = defaultCrypto()): Promise<boolean> {
  if (verifier.algorithm !== VerifierAlgorithm.pbkdf2Sha256 || !(verifier.iterations > 0)) return false;
  const expected = fromBase64(verifier.hash);
  const actual = await pbkdf2(webCrypto.subtle, secret, fromBase64(verifier.salt), verifier.iterations);
  return constantTimeEqual(actual, expected);
}

/** Compares every byte whatever the first difference, so timing says nothing about where it is. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

async function pbkdf2(subtle: SubtleCrypto, secret: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
