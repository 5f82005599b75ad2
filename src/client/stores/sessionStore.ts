/**
 * Who is signed in on this tab, as the interface needs it: name, roles, school, and the
 * device database their data lives in. Set by sign-in (`src/client/auth/`), cleared by
 * "switch user" and "sign out". Kept in localStorage so a reload, an update or a second
 * tab of the app keeps the same person signed in; other tabs follow a switch through the
 * `storage` event (`followSessionAcrossTabs`).
 *
 * Never kept here: the session token and the password or PIN verifiers. They stay in the
 * laptop's profiles database (`src/client/db/profiles/`), out of reach of anything that
 * reads localStorage, and the token never appears in a URL.
 *
 * Storage key `sandyq.session` — renaming it signs everyone out. Version 2: version 1
 * held first-run "device profiles" with no account; those are dropped, not migrated.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { ROLES, type Role } from '@/domain/roles';
import { browserStorage } from './browserStorage';

export const SignInMethod = {
  /** Checked by the server. */
  password: 'password',
  /** The same password, checked against this laptop's verifier (no connection). */
  offlinePassword: 'offlinePassword',
  pin: 'pin',
} as const;
export type SignInMethod = (typeof SignInMethod)[keyof typeof SignInMethod];

export interface SignedInUser {
  id: string;
  login: string;
  displayName: string;
  roles: Role[];
  /** The role whose screens the menu shows. */
  role: Role;
  schoolId: string;
  schoolName: string;
  pupilId?: string;
  staffId?: string;
  /** The device database of this user's data scope (`dataDbNameFor`). */
  dbName: string;
  signedInWith: SignInMethod;
  signedInAt: number;
}

/**
 * Checks a session read back from localStorage (or handed in by sign-in) field by field.
 * Written by hand rather than with zod on purpose: this store is on the first visit's
 * critical path, and any zod there drags in the zod core that the lazily loaded sync
 * protocol (full zod) inflates, about 15 KB compressed more on every first visit.
 */
export function parseSignedInUser(value: unknown): SignedInUser | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const isText = (x: unknown, max = 200): x is string => typeof x === 'string' && x.trim().length > 0 && x.length <= max;
  const isRole = (x: unknown): x is Role => (ROLES as readonly unknown[]).includes(x);
  const isOptionalText = (x: unknown) => x === undefined || isText(x);
  const methods: readonly unknown[] = Object.values(SignInMethod);
  if (
    !isText(v.id) ||
    !isText(v.login) ||
    !isText(v.displayName) ||
    !isText(v.schoolId) ||
    typeof v.schoolName !== 'string' ||
    !Array.isArray(v.roles) ||
    v.roles.length === 0 ||
    !v.roles.every(isRole) ||
    !isRole(v.role) ||
    !isOptionalText(v.pupilId) ||
    !isOptionalText(v.staffId) ||
    !isText(v.dbName) ||
    !methods.includes(v.signedInWith) ||
    typeof v.signedInAt !== 'number'
  ) {
    return null;
  }
  return {
    id: v.id,
    login: v.login,
    displayName: v.displayName.trim(),
    roles: [...v.roles],
    role: v.role,
    schoolId: v.schoolId,
    schoolName: v.schoolName,
    ...(typeof v.pupilId === 'string' ? { pupilId: v.pupilId } : {}),
    ...(typeof v.staffId === 'string' ? { staffId: v.staffId } : {}),
    dbName: v.dbName,
    signedInWith: v.signedInWith as SignInMethod,
    signedInAt: v.signedInAt,
  };
}

export interface SessionState {
  user: SignedInUser | null;
  /**
   * Set after "switch user" or "sign out": the sign-in screen opens on this person's tile
   * (e.g. "sign in online again"). Not persisted.
   */
  preselectedUserId: string | null;
  startSession: (user: SignedInUser) => SignedInUser;
  /** Back to the sign-in tiles; nothing stored on the device is removed. */
  endSession: (options?: { preselect?: boolean }) => void;
  clearPreselection: () => void;
}

export const SESSION_STORAGE_KEY = 'sandyq.session';

export const useSessionStore = create<SessionState>()(
  persist(
    (set, get) => ({
      user: null,
      preselectedUserId: null,
      startSession: (candidate) => {
        const user = parseSignedInUser(candidate);
        if (!user) throw new TypeError('Not a valid session');
        set({ user, preselectedUserId: null });
        return user;
      },
      endSession: (options = {}) => set({ user: null, preselectedUserId: options.preselect ? (get().user?.id ?? null) : null }),
      clearPreselection: () => set({ preselectedUserId: null }),
    }),
    {
      name: SESSION_STORAGE_KEY,
      version: 2,
      storage: createJSONStorage(() => browserStorage),
      partialize: (state) => ({ user: state.user }),
      // A first-run profile of version 1 has no account: drop it.
      migrate: () => ({ user: null }),
      // A hand-edited or half-written value must not crash the app: it is ignored.
      merge: (persisted, current) => {
        return { ...current, user: parseSignedInUser((persisted as { user?: unknown } | undefined)?.user) };
      },
    },
  ),
);

export const selectUser = (state: SessionState): SignedInUser | null => state.user;

/** Another tab signed someone in or out: follow it, so two tabs never show two people. */
export function followSessionAcrossTabs(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === SESSION_STORAGE_KEY) void useSessionStore.persist.rehydrate();
  };
  target.addEventListener('storage', onStorage as EventListener);
  return () => target.removeEventListener('storage', onStorage as EventListener);
}
