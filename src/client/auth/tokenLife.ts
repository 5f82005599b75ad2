/**
 * What the laptop knows of a stored session token's life. The server slides a session's
 * expiry on every use, but says so only at sign-in; so after each sync that the server
 * accepted, the laptop moves its own estimate forward by the lifetime learnt at sign-in.
 * The estimate only decides whether to try: the server's 401 is what ends a token.
 */
import type { DeviceProfile } from '../db/profiles/deviceProfile';

export function hasUsableToken(profile: Pick<DeviceProfile, 'token' | 'tokenExpiresAt'>, now: number): profile is DeviceProfile & { token: string } {
  return profile.token !== undefined && (profile.tokenExpiresAt === undefined || profile.tokenExpiresAt > now);
}

/** The profile fields to store after the server accepted the token at `now`. */
export function tokenUsedAt(profile: Pick<DeviceProfile, 'tokenLifetimeMs'>, now: number): Partial<DeviceProfile> {
  return profile.tokenLifetimeMs !== undefined ? { tokenExpiresAt: now + profile.tokenLifetimeMs } : {};
}

/** The profile fields to store once the token is known to be dead (revoked, expired, refused). */
export const TOKEN_GONE: Partial<DeviceProfile> = { token: undefined, tokenExpiresAt: undefined, isRevokePending: undefined };
