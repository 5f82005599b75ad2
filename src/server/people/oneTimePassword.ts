/**
 * One-time passwords for sign-in cards: two groups of four digits ("4821-9037"), which a
 * first-former can type on any keyboard layout (Kazakh, Russian or Latin) without looking
 * for letters. About 26 bits: enough for a password that dies at its first use, behind the
 * per-account sign-in limit.
 */
import { randomInt } from 'node:crypto';

function group(): string {
  return String(randomInt(0, 10_000)).padStart(4, '0');
}

export function generateOneTimePassword(): string {
  return `${group()}-${group()}`;
}
