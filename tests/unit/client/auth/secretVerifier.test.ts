import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { constantTimeEqual, deriveVerifier, VERIFIER_ITERATIONS, verifySecret, type VerifierCrypto } from '@/client/auth/secretVerifier';
import { isPinUsable, isValidPin, MAX_PIN_ATTEMPTS, pinAttemptsLeft } from '@/client/auth/pinRules';

const nodeCrypto = webcrypto as unknown as VerifierCrypto;
const FAST = { iterations: 1_000, crypto: nodeCrypto };

describe('offline sign-in verifiers (PBKDF2-SHA256 in WebCrypto)', () => {
  it('accepts the secret it was made from and refuses any other', async () => {
    const verifier = await deriveVerifier('kitap-482', FAST);
    expect(await verifySecret('kitap-482', verifier, nodeCrypto)).toBe(true);
    expect(await verifySecret('kitap-483', verifier, nodeCrypto)).toBe(false);
    expect(await verifySecret('Kitap-482', verifier, nodeCrypto)).toBe(false);
    expect(await verifySecret('', verifier, nodeCrypto)).toBe(false);
  });

  it('keeps Kazakh letters exactly (no case folding, no trimming)', async () => {
    const verifier = await deriveVerifier('Сәлем Әлем ', FAST);
    expect(await verifySecret('Сәлем Әлем ', verifier, nodeCrypto)).toBe(true);
    expect(await verifySecret('Сәлем Әлем', verifier, nodeCrypto)).toBe(false);
    expect(await verifySecret('сәлем әлем ', verifier, nodeCrypto)).toBe(false);
  });

  it('stores a random salt, the iteration count and a 32-byte hash, never the secret', async () => {
    const a = await deriveVerifier('kitap-482', FAST);
    const b = await deriveVerifier('kitap-482', FAST);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(a).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: 1_000 });
    expect(atob(a.salt)).toHaveLength(16);
    expect(atob(a.hash)).toHaveLength(32);
    expect(JSON.stringify(a)).not.toContain('kitap');
  });

  it('matches the PBKDF2-HMAC-SHA256 test vector (RFC 7914, section 11)', async () => {
    const salt = new TextEncoder().encode('salt');
    const verifier = await deriveVerifier('passwd', { iterations: 1, crypto: nodeCrypto, salt });
    const hex = Array.from(atob(verifier.hash), (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc');
  });

  it('checks with the iteration count the verifier records, so raising the default needs no migration', async () => {
    const old = await deriveVerifier('kitap-482', { iterations: 500, crypto: nodeCrypto });
    expect(await verifySecret('kitap-482', old, nodeCrypto)).toBe(true);
    expect(VERIFIER_ITERATIONS).toBeGreaterThanOrEqual(150_000);
  });

  it('refuses a damaged verifier instead of accepting anything', async () => {
    const verifier = await deriveVerifier('kitap-482', FAST);
    expect(await verifySecret('kitap-482', { ...verifier, iterations: 0 }, nodeCrypto)).toBe(false);
    expect(await verifySecret('kitap-482', { ...verifier, algorithm: 'plain' as never }, nodeCrypto)).toBe(false);
    expect(await verifySecret('kitap-482', { ...verifier, hash: btoa('short') }, nodeCrypto)).toBe(false);
  });

  it('compares bytes in constant time: every byte, whatever the first difference or the lengths', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([0, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([]), new Uint8Array([]))).toBe(true);
  });

  it('times a default verifier, to keep the iteration count honest on this machine', async () => {
    const started = performance.now();
    await deriveVerifier('kitap-482', { crypto: nodeCrypto });
    // Generous: a slow school laptop is several times slower than a CI core.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('PIN rules', () => {
  it('takes 4 to 6 digits and nothing else', () => {
    for (const pin of ['1234', '98765', '000000']) expect(isValidPin(pin)).toBe(true);
    for (const pin of ['123', '1234567', '12a4', ' 1234', '١٢٣٤', '']) expect(isValidPin(pin)).toBe(false);
  });

  it('stops the PIN after five wrong tries in a row', () => {
    expect(MAX_PIN_ATTEMPTS).toBe(5);
    expect(isPinUsable({ pin: {}, pinFailures: 4 })).toBe(true);
    expect(isPinUsable({ pin: {}, pinFailures: 5 })).toBe(false);
    expect(isPinUsable({ pinFailures: 0 })).toBe(false);
    expect(pinAttemptsLeft(3)).toBe(2);
    expect(pinAttemptsLeft(9)).toBe(0);
  });
});
