/**
 * The head's sign-in administration bound to this laptop: the signed-in head's session token
 * (read from the profiles database for each call, never kept in memory or a URL), the server
 * at this page's origin. Each call resolves with its value or throws a `PeopleCallError`,
 * so a form keeps the one save state (`useSaveAction`) it has for local writes.
 */
import type { Role } from '@/domain/roles';
import type { CreateLoginRequest } from '@/sync/peopleMessages';
import { getProfilesDb, readProfile } from '../db/profiles/profileStore';
import { requestSyncNow } from '../sync/app/sessionSync';
import type { ProfilesDb } from '../db/profiles/profilesDb';
import { createLogin, disableLogin, enableLogin, listAccounts, readAuditLog, resetPassword, setRoles } from './peopleApi';
import { PeopleFailure, type PeopleAnswer, type PeopleRequestOptions } from './peopleRequest';

export class PeopleCallError extends Error {
  override readonly name = 'PeopleCallError';
  constructor(
    readonly failure: PeopleFailure,
    readonly retryAfterSeconds?: number,
  ) {
    super(`People call failed: ${failure}`);
  }
}

export interface HeadAccountDeps {
  profilesDb: () => ProfilesDb;
  baseUrl: () => string;
  isOnline: () => boolean;
  /**
   * Sends this laptop's waiting changes. "Sync now" joins a pass already running, which may
   * have read the outbox before the person was added: a second call starts one after it.
   */
  sendWaitingChanges: () => Promise<void>;
  fetch?: typeof fetch;
}

const BROWSER: HeadAccountDeps = {
  profilesDb: getProfilesDb,
  baseUrl: () => globalThis.location.origin,
  isOnline: () => globalThis.navigator.onLine,
  sendWaitingChanges: async () => {
    await requestSyncNow();
    await requestSyncNow();
  },
};

/** The calls a head makes from the People screen, as `headUserId`. */
export function headAccountCalls(headUserId: string, deps: HeadAccountDeps = BROWSER) {
  async function asHead<T>(call: (options: PeopleRequestOptions) => Promise<PeopleAnswer<T>>): Promise<T> {
    if (!deps.isOnline()) throw new PeopleCallError(PeopleFailure.noConnection);
    const profile = await readProfile(deps.profilesDb(), headUserId);
    if (!profile?.token) throw new PeopleCallError(PeopleFailure.signedOut);
    const answer = await call({ baseUrl: deps.baseUrl(), token: profile.token, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
    if (!answer.ok) throw new PeopleCallError(answer.failure, answer.retryAfterSeconds);
    return answer.value;
  }
  return {
    readAccounts: () => asHead((o) => listAccounts(o)).then((r) => r.accounts),
    readAuditLog: () => asHead((o) => readAuditLog(o)).then((r) => r.entries),
    createLogin: async (request: CreateLoginRequest) => {
      try {
        return await asHead((o) => createLogin(o, request));
      } catch (error) {
        // The person was added on this laptop a moment ago and is not on the server yet: the
        // head pressed "create login" right after "add". Send it, then ask once more.
        if (!(error instanceof PeopleCallError && error.failure === PeopleFailure.notFound)) throw error;
        await deps.sendWaitingChanges();
        return asHead((o) => createLogin(o, request));
      }
    },
    resetPassword: (userId: string) => asHead((o) => resetPassword(o, userId)),
    setRoles: (userId: string, roles: Role[]) => asHead((o) => setRoles(o, userId, roles)).then((r) => r.account),
    disableLogin: (userId: string) => asHead((o) => disableLogin(o, userId)).then((r) => r.account),
    enableLogin: (userId: string) => asHead((o) => enableLogin(o, userId)).then((r) => r.account),
  };
}
export type HeadAccountCalls = ReturnType<typeof headAccountCalls>;
