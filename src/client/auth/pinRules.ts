/**
 * The PIN: 4 to 6 digits, quick to type on a shared laptop, set after a password sign-in.
 * Its verifier cannot resist offline guessing (see `secretVerifier.ts`), so the app counts
 * wrong PINs: after MAX_PIN_ATTEMPTS in a row the PIN stops working until the person signs
 * in with their password again, which resets the count.
 */
export const MAX_PIN_ATTEMPTS = 5;
export const PIN_PATTERN = /^\d{4,6}$/;

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

/** Whether a profile's PIN may be tried: one is set and the wrong tries are under the limit. */
export function isPinUsable(profile: { pin?: unknown; pinFailures: number }): boolean {
  return profile.pin !== undefined && profile.pinFailures < MAX_PIN_ATTEMPTS;
}

/** Wrong tries left before the PIN stops working. */
export function pinAttemptsLeft(pinFailures: number): number {
  return Math.max(0, MAX_PIN_ATTEMPTS - pinFailures);
}
