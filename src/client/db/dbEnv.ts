/**
 * The two impure inputs of every local write: the wall clock (HLC stamps, UUIDv7 ids,
 * outbox display times) and random bytes (ids, the device's HLC node). Injected per
 * database so tests can pin time and ids; the app uses the defaults.
 */
export interface DbEnv {
  /** Wall clock, milliseconds since the epoch. May stutter or run backwards: the HLC copes. */
  now(): number;
  /** `length` cryptographically random bytes. */
  randomBytes(length: number): Uint8Array;
}

export const defaultDbEnv: DbEnv = {
  now: () => Date.now(),
  randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
};
