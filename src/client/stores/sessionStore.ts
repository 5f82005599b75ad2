/**
 * Who is using the app on this device. Until accounts exist (issue 3: sign-in online, then
 * offline with a password or PIN), a person picks a name and a role on the first-run
 * screen and that "device profile" is kept in localStorage. Sign-in will replace
 * `startDeviceSession` with a session made from the signed-in account; everything else
 * (the role navigation, the per-profile language) reads only `user` and keeps working.
 *
 * Kept: id, display name and role, nothing else (no personal data beyond a name).
 * Storage key `sandyq.session` — renaming it signs everyone out of their device profile.
 */
// zod/mini rather than zod: this store is on the first visit's critical path.
import * as z from 'zod/mini';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { uuidv7 } from '../../domain/ids';
import { Role } from '../../domain/roles';
import { browserStorage } from './browserStorage';

export const SessionSource = {
  /** Picked on the first-run screen of this device; no password. */
  deviceProfile: 'deviceProfile',
} as const;
export type SessionSource = (typeof SessionSource)[keyof typeof SessionSource];

const sessionUserSchema = z.object({
  id: z.string().check(z.minLength(1)),
  displayName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  role: z.enum(Role),
  source: z.enum(SessionSource),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export interface SessionState {
  user: SessionUser | null;
  /** The first-run screen's choice. Replaced by sign-in in issue 3. */
  startDeviceSession: (displayName: string, role: Role) => SessionUser;
  /** Back to "who is using this laptop?"; nothing stored on the device is removed. */
  endSession: () => void;
}

export const SESSION_STORAGE_KEY = 'sandyq.session';

function newProfileId(): string {
  return uuidv7(Date.now(), crypto.getRandomValues(new Uint8Array(10)));
}

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      user: null,
      startDeviceSession: (displayName, role) => {
        const user = sessionUserSchema.parse({ id: newProfileId(), displayName, role, source: SessionSource.deviceProfile });
        set({ user });
        return user;
      },
      endSession: () => set({ user: null }),
    }),
    {
      name: SESSION_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => browserStorage),
      partialize: (state) => ({ user: state.user }),
      // A hand-edited or half-written value must not crash the app: it is ignored.
      merge: (persisted, current) => {
        const parsed = sessionUserSchema.safeParse((persisted as { user?: unknown } | undefined)?.user);
        return { ...current, user: parsed.success ? parsed.data : null };
      },
    },
  ),
);

export const selectUser = (state: SessionState): SessionUser | null => state.user;
