/**
 * A person who has signed in on this laptop: what their sign-in tile shows, what offline
 * sign-in checks, and the session the sync client sends for them. Kept in the small
 * `sandyq-device` database (`profilesDb.ts`), apart from any school or pupil data.
 *
 * Secrets: `token` is the server session (needed to sync this person's changes, even while
 * someone else is signed in); it goes only into an Authorization header, never into a URL
 * or a log. `password` and `pin` are PBKDF2 verifiers, never the secrets themselves.
 */
import type { Language } from '@/client/i18n/languages';
import type { Role } from '@/domain/roles';
import type { SecretVerifier } from '@/client/auth/secretVerifier';

export interface DeviceProfile {
  userId: string;
  /** As the server normalises it: trimmed, lower case. Unique on the laptop. */
  login: string;
  displayName: string;
  roles: Role[];
  schoolId: string;
  schoolName: string;
  pupilId?: string;
  staffId?: string;
  /** The session token; absent once signed out, revoked, or refused by the server. */
  token?: string;
  /** When the server would let the token lapse, as far as the laptop knows (ms). */
  tokenExpiresAt?: number;
  /** The server's sliding lifetime, learnt at sign-in: each successful sync extends it. */
  tokenLifetimeMs?: number;
  /** Signed out while changes were unsent or the server unreachable: revoke once sent. */
  isRevokePending?: boolean;
  password: SecretVerifier;
  /**
   * Signed in with a one-time password not replaced yet (the change form was left, the tab
   * closed): `password` is that one-time password's verifier, so offline sign-in is refused
   * until the person signs in online and chooses their own.
   */
  mustChangePassword?: true;
  pin?: SecretVerifier;
  /** Wrong PINs in a row; at MAX_PIN_ATTEMPTS the PIN is off until a password sign-in. */
  pinFailures: number;
  language?: Language;
  lastSignInAt: number;
  /** Last sync that completed for this person (device ms). */
  lastSyncedAt?: number;
}

/** The fields a sign-in tile shows: no token, no verifier. */
export type ProfileSummary = Pick<DeviceProfile, 'userId' | 'login' | 'displayName' | 'roles' | 'schoolId' | 'schoolName' | 'lastSignInAt'> & {
  hasPin: boolean;
  isPinLocked: boolean;
  /** A session token the laptop may still sync with; without one, sign in online with the password. */
  hasSession: boolean;
};
