/**
 * A shared laptop holds changes of people who are not signed in now: the teacher who
 * switched to a pupil, the pupil who closed the lid. After the signed-in user's pass, each
 * other person's waiting changes are pushed with their own stored token (push only, no
 * pull: nothing is read into a database on their behalf), so their work reaches the server
 * without them signing in again. A person whose token is gone or expired waits for their
 * own next online sign-in. A profile signed out with changes waiting is revoked here once
 * they are sent.
 *
 * Stops at the first failure the link caused (the others would fail the same way); a
 * refused token is forgotten, so that person is asked to sign in online again.
 */
import { dataDbNameFor } from '@/client/auth/dataDbName';
import { revokeToken, RevokeOutcome } from '@/client/auth/revokeToken';
import { hasUsableToken, TOKEN_GONE, tokenUsedAt } from '@/client/auth/tokenLife';
import type { SandyqDb } from '@/client/db/db';
import { dexieSyncStore } from '@/client/db/dexieSyncStore';
import { openSandyqDb } from '@/client/db/openSandyqDb';
import { countPending } from '@/client/db/outbox';
import { readProfiles, updateProfile } from '@/client/db/profiles/profileStore';
import type { ProfilesDb } from '@/client/db/profiles/profilesDb';
import { isRetryable, SyncError, SyncFailure } from '../syncErrors';
import { withSyncLock } from '../syncLock';
import { runSyncPass } from '../syncPass';
import type { SyncTransport } from '../syncTransport';
import { syncLockName } from './syncLockName';

export interface OtherProfilesDeps {
  profilesDb: ProfilesDb;
  transport: SyncTransport;
  baseUrl: string;
  now(): number;
  /** The signed-in user, whose own pass has just run. */
  currentUserId: string;
  /** The signed-in user's open database, reused for profiles that share it. */
  currentDb: SandyqDb;
  /** Opens another profile's database (default: `openSandyqDb`); it is closed after. */
  openDb?(name: string): Promise<SandyqDb>;
  fetch?: typeof fetch;
}

export async function pushOtherProfiles(deps: OtherProfilesDeps): Promise<void> {
  const openDb = deps.openDb ?? ((name: string) => openSandyqDb(name));
  for (const profile of await readProfiles(deps.profilesDb)) {
    if (profile.userId === deps.currentUserId || !hasUsableToken(profile, deps.now())) continue;
    const dbName = dataDbNameFor(profile);
    const isShared = dbName === deps.currentDb.name;
    const db = isShared ? deps.currentDb : await openDb(dbName);
    try {
      if ((await countPending(db, profile.userId)) > 0) {
        const session = { userId: profile.userId, token: profile.token };
        const result = await withSyncLock(syncLockName(dbName), () =>
          runSyncPass({ store: dexieSyncStore(db), transport: deps.transport, session, now: deps.now, pull: false }),
        );
        if (result) await updateProfile(deps.profilesDb, profile.userId, tokenUsedAt(profile, deps.now()));
      }
      if (profile.isRevokePending && (await countPending(db, profile.userId)) === 0) {
        const outcome = await revokeToken({ baseUrl: deps.baseUrl, ...(deps.fetch ? { fetch: deps.fetch } : {}) }, profile.token);
        if (outcome === RevokeOutcome.revoked) await updateProfile(deps.profilesDb, profile.userId, TOKEN_GONE);
      }
    } catch (error) {
      if (!(error instanceof SyncError)) throw error;
      if (error.reason === SyncFailure.signedOut) await updateProfile(deps.profilesDb, profile.userId, TOKEN_GONE);
      else if (isRetryable(error.reason)) return;
    } finally {
      if (!isShared) db.close();
    }
  }
}
