/**
 * Reading and writing the laptop's profiles (`sandyq-device`). Each change is one
 * transaction; counting a wrong PIN reads and writes in the same one, so two tabs trying
 * PINs at once cannot both get the fifth try. Storage failures are reported app-wide like
 * those of the data database (`guardStorage`).
 */
import { uuidv7 } from '@/domain/ids';
import { guardStorage } from '../guardStorage';
import { MAX_PIN_ATTEMPTS } from '@/client/auth/pinRules';
import type { DeviceProfile, ProfileSummary } from './deviceProfile';
import { ProfilesDb } from './profilesDb';

let appProfilesDb: ProfilesDb | undefined;

/** The app's profiles database, opened on first use. */
export function getProfilesDb(): ProfilesDb {
  appProfilesDb ??= new ProfilesDb();
  return appProfilesDb;
}

/** Logins are compared as the server compares them. */
export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

export function toSummary(profile: DeviceProfile, now: number = Date.now()): ProfileSummary {
  return {
    userId: profile.userId,
    login: profile.login,
    displayName: profile.displayName,
    roles: profile.roles,
    schoolId: profile.schoolId,
    schoolName: profile.schoolName,
    lastSignInAt: profile.lastSignInAt,
    hasPin: profile.pin !== undefined,
    isPinLocked: profile.pin !== undefined && profile.pinFailures >= MAX_PIN_ATTEMPTS,
    hasSession: profile.token !== undefined && (profile.tokenExpiresAt === undefined || profile.tokenExpiresAt > now),
  };
}

/** Everyone who has signed in here, the most recent first (the tiles' order). */
export async function readProfileSummaries(db: ProfilesDb): Promise<ProfileSummary[]> {
  const profiles = await db.profiles.orderBy('lastSignInAt').reverse().toArray();
  const now = Date.now();
  return profiles.map((p) => toSummary(p, now));
}

export function readProfiles(db: ProfilesDb): Promise<DeviceProfile[]> {
  return db.profiles.toArray();
}

export function readProfile(db: ProfilesDb, userId: string): Promise<DeviceProfile | undefined> {
  return db.profiles.get(userId);
}

export function findProfileByLogin(db: ProfilesDb, login: string): Promise<DeviceProfile | undefined> {
  return db.profiles.where('login').equals(normalizeLogin(login)).first();
}

/** Stores a profile whole (after an online sign-in), replacing any other with its login. */
export function putProfile(db: ProfilesDb, profile: DeviceProfile): Promise<void> {
  return guardStorage(db, () =>
    db.transaction('rw', db.profiles, async () => {
      await db.profiles
        .where('login')
        .equals(profile.login)
        .and((p) => p.userId !== profile.userId)
        .delete();
      await db.profiles.put(profile);
    }),
  );
}

/** Changes some fields; `undefined` values remove the field (e.g. a revoked token). */
export function updateProfile(db: ProfilesDb, userId: string, changes: Partial<DeviceProfile>): Promise<void> {
  return guardStorage(db, () =>
    db.transaction('rw', db.profiles, async () => {
      const current = await db.profiles.get(userId);
      if (!current) return;
      const next: Record<string, unknown> = { ...current };
      for (const [field, value] of Object.entries(changes)) {
        if (value === undefined) delete next[field];
        else next[field] = value;
      }
      await db.profiles.put(next as unknown as DeviceProfile);
    }),
  );
}

/** Counts one wrong PIN; returns the count after it (MAX_PIN_ATTEMPTS: the PIN is off). */
export function recordPinFailure(db: ProfilesDb, userId: string): Promise<number> {
  return guardStorage(db, () =>
    db.transaction('rw', db.profiles, async () => {
      const current = await db.profiles.get(userId);
      if (!current) return MAX_PIN_ATTEMPTS;
      const pinFailures = Math.min(MAX_PIN_ATTEMPTS, current.pinFailures + 1);
      await db.profiles.put({ ...current, pinFailures });
      return pinFailures;
    }),
  );
}

export function deleteProfile(db: ProfilesDb, userId: string): Promise<void> {
  return guardStorage(db, () => db.profiles.delete(userId));
}

/** This laptop's id for sign-in, made once. */
export function getLaptopId(db: ProfilesDb, now: () => number = Date.now): Promise<string> {
  return guardStorage(db, () =>
    db.transaction('rw', db.$laptop, async () => {
      const found = await db.$laptop.get('laptop');
      if (found) return found.laptopId;
      const createdAt = now();
      const laptopId = uuidv7(createdAt, crypto.getRandomValues(new Uint8Array(10)));
      await db.$laptop.put({ key: 'laptop', laptopId, createdAt });
      return laptopId;
    }),
  );
}
