/**
 * A shared laptop holds changes of people who are not signed in now: the teacher who
 * switched to a pupil, the pupil who closed the lid. Their waiting changes ride in the
 * signed-in user's sync requests (protocol v2), each person's batch with their own stored
 * token, push only: nothing is read into a database on their behalf. A whole school day of
 * a shared laptop is one request instead of one per person.
 *
 * `gatherOtherProfiles` finds who has changes waiting and a usable token and opens their
 * databases; after the pass, `settle` notes each token the server accepted (its expiry
 * slides) or refused (forgotten: that person signs in online again, their outbox kept),
 * and revokes the token of a profile signed out with changes waiting once they are sent.
 * `pushOtherProfilesAlone` sends them when the signed-in user cannot sync (no usable
 * token): one of them leads the request.
 */
import { dataDbNameFor } from '@/client/auth/dataDbName';
import { revokeToken, RevokeOutcome } from '@/client/auth/revokeToken';
import { hasUsableToken, TOKEN_GONE, tokenUsedAt } from '@/client/auth/tokenLife';
import type { SandyqDb } from '@/client/db/db';
import { dexieSyncStore } from '@/client/db/dexieSyncStore';
import { openSandyqDb } from '@/client/db/openSandyqDb';
import { countPending } from '@/client/db/outbox';
import type { DeviceProfile } from '@/client/db/profiles/deviceProfile';
import { readProfiles, updateProfile } from '@/client/db/profiles/profileStore';
import type { ProfilesDb } from '@/client/db/profiles/profilesDb';
import { isRetryable, SyncError, SyncFailure } from '../syncErrors';
import { withSyncLocks } from '../syncLock';
import { runSyncPass, type PushOutcome, type PushSource } from '../syncPass';
import type { SyncTransport } from '../syncTransport';
import { syncLockName } from './syncLockName';

export interface OtherProfilesDeps {
  profilesDb: ProfilesDb;
  transport: SyncTransport;
  baseUrl: string;
  now(): number;
  /** The signed-in user, whose pass the others ride in. */
  currentUserId: string;
  /** The signed-in user's open database, reused for profiles that share it. */
  currentDb: SandyqDb;
  /** Opens another profile's database (default: `openSandyqDb`); it is closed after. */
  openDb?(name: string): Promise<SandyqDb>;
  fetch?: typeof fetch;
}

interface OtherProfile {
  profile: DeviceProfile & { token: string };
  db: SandyqDb;
  source: PushSource;
  /** Changes waiting when gathered: only these ride in the pass. */
  pending: number;
}

export interface OtherProfiles {
  /** The people whose changes ride in the pass, with their stores. */
  sources(): PushSource[];
  /** The sync locks of their databases, to hold during the pass. */
  lockNames(): string[];
  /** Only the people whose database's lock the pass holds (another tab may be syncing one). */
  keepLocked(held: ReadonlySet<string>): void;
  /** After the pass: tokens accepted or refused (by user id), pending revocations. `outcomes`: the pass's `others` (none: it failed). */
  settle(outcomes: readonly PushOutcome[] | undefined, failure?: unknown): Promise<void>;
  /** Closes the databases opened for them. */
  close(): void;
}

export async function gatherOtherProfiles(deps: OtherProfilesDeps): Promise<OtherProfiles> {
  const openDb = deps.openDb ?? ((name: string) => openSandyqDb(name));
  const opened: SandyqDb[] = [];
  const riding: OtherProfile[] = [];
  const revokeLater: Array<{ profile: DeviceProfile & { token: string }; db: SandyqDb }> = [];
  for (const profile of await readProfiles(deps.profilesDb)) {
    if (profile.userId === deps.currentUserId || !hasUsableToken(profile, deps.now())) continue;
    const dbName = dataDbNameFor(profile);
    const isShared = dbName === deps.currentDb.name;
    const db = isShared ? deps.currentDb : await openDb(dbName);
    if (!isShared) opened.push(db);
    const pending = await countPending(db, profile.userId);
    const session = { userId: profile.userId, token: profile.token };
    if (pending > 0) riding.push({ profile, db, pending, source: { session, store: dexieSyncStore(db) } });
    if (profile.isRevokePending) revokeLater.push({ profile, db });
  }
  let kept = riding;

  return {
    sources: () => kept.map((o) => o.source),
    lockNames: () => [...new Set(kept.map((o) => syncLockName(o.db.name)))],
    keepLocked(held) {
      kept = kept.filter((o) => held.has(syncLockName(o.db.name)));
    },
    async settle(outcomes, failure) {
      for (const o of kept) {
        const outcome = outcomes?.find((x) => x.userId === o.profile.userId);
        if (outcome?.failure === SyncFailure.signedOut) await updateProfile(deps.profilesDb, o.profile.userId, TOKEN_GONE);
        else if (outcome && !outcome.failure) await updateProfile(deps.profilesDb, o.profile.userId, tokenUsedAt(o.profile, deps.now()));
      }
      // A link that just failed would fail the revocations too: they wait for the next pass.
      if (failure instanceof SyncError && isRetryable(failure.reason)) return;
      const refused = new Set((outcomes ?? []).filter((o) => o.failure === SyncFailure.signedOut).map((o) => o.userId));
      for (const { profile, db } of revokeLater) {
        if (refused.has(profile.userId) || (await countPending(db, profile.userId)) > 0) continue;
        const outcome = await revokeToken({ baseUrl: deps.baseUrl, ...(deps.fetch ? { fetch: deps.fetch } : {}) }, profile.token);
        if (outcome === RevokeOutcome.revoked) await updateProfile(deps.profilesDb, profile.userId, TOKEN_GONE);
      }
    },
    close() {
      for (const db of opened) db.close();
    },
  };
}

/**
 * The others' changes when the signed-in user cannot sync: the first of them leads the
 * request (its token in the header), the rest ride in it. A leader whose token is refused
 * is forgotten and the next one leads.
 */
export async function pushOtherProfilesAlone(deps: OtherProfilesDeps, others: OtherProfiles): Promise<void> {
  let failure: unknown;
  let outcomes: PushOutcome[] = [];
  try {
    await withSyncLocks(others.lockNames(), async (held) => {
      others.keepLocked(held);
      const sources = others.sources();
      outcomes = sources.map((s) => ({ userId: s.session.userId, pushed: 0, rejected: [] }));
      for (let lead = 0; lead < sources.length; lead++) {
        const [leader, ...rest] = sources.slice(lead);
        try {
          const result = await runSyncPass({
            store: leader!.store,
            transport: deps.transport,
            session: leader!.session,
            others: rest,
            now: deps.now,
            pull: false,
          });
          outcomes[lead] = { userId: leader!.session.userId, pushed: result.pushed, rejected: result.rejected };
          (result.others ?? []).forEach((o, i) => (outcomes[lead + 1 + i] = o));
          return;
        } catch (error) {
          if (!(error instanceof SyncError) || error.reason !== SyncFailure.signedOut) throw error;
          outcomes[lead] = { userId: leader!.session.userId, pushed: 0, rejected: [], failure: SyncFailure.signedOut };
        }
      }
    });
  } catch (error) {
    if (!(error instanceof SyncError)) throw error;
    failure = error;
  }
  // After a failure only the refusals already known count: nothing else was confirmed.
  await others.settle(failure ? outcomes.filter((o) => o.failure) : outcomes, failure);
}
