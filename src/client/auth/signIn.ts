/**
 * Signing in on a shared laptop (DESIGN.md, "Users on a shared laptop"):
 * - with a password, online: the server checks it; the laptop then keeps (or refreshes)
 *   the person's profile: their session token and a new PBKDF2 verifier of the password;
 * - with a password, offline or with the server unreachable: checked against that
 *   verifier; a person never signed in here is told to sign in online once first;
 * - with a PIN: checked against the PIN verifier, at most MAX_PIN_ATTEMPTS wrong in a row.
 * A password sign-in, online or not, makes a locked PIN usable again.
 *
 * Returns the session for the interface, or a `SignInFailure`; never throws for a refusal.
 */
import type { LoginResponse } from '@/sync/authMessages';
import type { DeviceProfile } from '../db/profiles/deviceProfile';
import {
  findProfileByLogin,
  getLaptopId,
  readProfile,
  normalizeLogin,
  putProfile,
  recordPinFailure,
  updateProfile,
} from '../db/profiles/profileStore';
import type { ProfilesDb } from '../db/profiles/profilesDb';
import type { Language } from '../i18n/languages';
import { SignInMethod, type SignedInUser } from '../stores/sessionStore';
import { isPinUsable, isValidPin, MAX_PIN_ATTEMPTS, pinAttemptsLeft } from './pinRules';
import { requestLogin } from './requestLogin';
import { revokeToken } from './revokeToken';
import { deriveVerifier, verifySecret, type VerifierCrypto } from './secretVerifier';
import { sessionFromProfile } from './sessionFromProfile';
import { SignInFailure, type SignInRefusal } from './signInFailure';

export interface SignInDeps {
  profilesDb: ProfilesDb;
  /** The school server, e.g. `location.origin`. */
  baseUrl: string;
  isOnline(): boolean;
  now(): number;
  fetch?: typeof fetch;
  crypto?: VerifierCrypto;
  /** PBKDF2 iterations for new verifiers (tests lower it). */
  iterations?: number;
}

/** `mustChangePassword`: signed in online with a one-time password; the change form comes before anything else. */
export type SignInResult = { ok: true; user: SignedInUser; profile: DeviceProfile; isNewProfile: boolean; mustChangePassword?: true } | SignInRefusal;

export async function signInWithPassword(deps: SignInDeps, login: string, password: string, language?: Language): Promise<SignInResult> {
  const existing = await findProfileByLogin(deps.profilesDb, login);
  if (deps.isOnline()) {
    const deviceId = await getLaptopId(deps.profilesDb, deps.now);
    const answer = await requestLogin({ baseUrl: deps.baseUrl, login, password, deviceId, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
    if (answer.ok) {
      const profile = await profileFromLogin(deps, answer.response, login, password, existing, language);
      await putProfile(deps.profilesDb, profile);
      // The session this laptop held before is replaced: end it on the server too.
      if (existing?.token && existing.token !== profile.token) void revokeToken(deps, existing.token);
      const mustChange = answer.response.mustChangePassword ? { mustChangePassword: true as const } : {};
      return { ok: true, user: sessionFromProfile(profile, SignInMethod.password, deps.now()), profile, isNewProfile: !existing, ...mustChange };
    }
    // Only a server that cannot be reached falls back to the laptop's own check.
    if (answer.failure !== SignInFailure.noConnection) return answer;
    if (!existing) return answer;
  }
  if (!existing || existing.mustChangePassword) return { ok: false, failure: SignInFailure.needsOnlineSignIn };
  if (!(await verifySecret(password, existing.password, deps.crypto))) return { ok: false, failure: SignInFailure.wrongPassword };
  const profile: DeviceProfile = { ...existing, pinFailures: 0, lastSignInAt: deps.now() };
  // Signed in again: a revocation left pending by an earlier sign-out no longer applies.
  await updateProfile(deps.profilesDb, profile.userId, { pinFailures: 0, lastSignInAt: profile.lastSignInAt, isRevokePending: undefined });
  return { ok: true, user: sessionFromProfile(profile, SignInMethod.offlinePassword, deps.now()), profile, isNewProfile: false };
}

export async function signInWithPin(deps: SignInDeps, userId: string, pin: string): Promise<SignInResult> {
  const existing = await readProfile(deps.profilesDb, userId);
  if (!existing || existing.mustChangePassword) return { ok: false, failure: SignInFailure.needsOnlineSignIn };
  if (!existing.pin || !isPinUsable(existing)) return { ok: false, failure: SignInFailure.pinLocked };
  if (!isValidPin(pin) || !(await verifySecret(pin, existing.pin, deps.crypto))) {
    const failures = await recordPinFailure(deps.profilesDb, userId);
    if (failures >= MAX_PIN_ATTEMPTS) return { ok: false, failure: SignInFailure.pinLocked };
    return { ok: false, failure: SignInFailure.wrongPin, attemptsLeft: pinAttemptsLeft(failures) };
  }
  const profile: DeviceProfile = { ...existing, pinFailures: 0, lastSignInAt: deps.now() };
  await updateProfile(deps.profilesDb, userId, { pinFailures: 0, lastSignInAt: profile.lastSignInAt, isRevokePending: undefined });
  return { ok: true, user: sessionFromProfile(profile, SignInMethod.pin, deps.now()), profile, isNewProfile: false };
}

/** Sets (or replaces) the person's PIN; false when it is not 4-6 digits. */
export async function setPin(deps: Pick<SignInDeps, 'profilesDb' | 'crypto' | 'iterations'>, userId: string, pin: string): Promise<boolean> {
  if (!isValidPin(pin)) return false;
  const verifier = await deriveVerifier(pin, {
    ...(deps.iterations ? { iterations: deps.iterations } : {}),
    ...(deps.crypto ? { crypto: deps.crypto } : {}),
  });
  await updateProfile(deps.profilesDb, userId, { pin: verifier, pinFailures: 0 });
  return true;
}

async function profileFromLogin(
  deps: SignInDeps,
  answer: LoginResponse,
  login: string,
  password: string,
  existing: DeviceProfile | undefined,
  language: Language | undefined,
): Promise<DeviceProfile> {
  const now = deps.now();
  const expiresAt = Date.parse(answer.expiresAt);
  const passwordVerifier = await deriveVerifier(password, {
    ...(deps.iterations ? { iterations: deps.iterations } : {}),
    ...(deps.crypto ? { crypto: deps.crypto } : {}),
  });
  // The same person again keeps their PIN and language; a login now naming another account does not.
  const previous = existing?.userId === answer.user.id ? existing : undefined;
  const profile: DeviceProfile = {
    userId: answer.user.id,
    login: normalizeLogin(login),
    displayName: answer.user.displayName,
    roles: answer.user.roles,
    schoolId: answer.user.schoolId,
    schoolName: answer.school.name,
    token: answer.token,
    password: passwordVerifier,
    pinFailures: 0,
    lastSignInAt: now,
  };
  if (answer.user.pupilId !== undefined) profile.pupilId = answer.user.pupilId;
  if (answer.user.staffId !== undefined) profile.staffId = answer.user.staffId;
  if (Number.isFinite(expiresAt)) {
    profile.tokenExpiresAt = expiresAt;
    profile.tokenLifetimeMs = Math.max(0, expiresAt - now);
  }
  if (answer.mustChangePassword) profile.mustChangePassword = true;
  if (previous?.pin) profile.pin = previous.pin;
  const chosen = previous?.language ?? language;
  if (chosen) profile.language = chosen;
  if (previous?.lastSyncedAt !== undefined) profile.lastSyncedAt = previous.lastSyncedAt;
  return profile;
}
