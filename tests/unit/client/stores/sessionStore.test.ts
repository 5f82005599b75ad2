import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY, useSessionStore, type SignedInUser } from '@/client/stores/sessionStore';
import { installMemoryStorage } from './memoryStorage';

const HEAD: SignedInUser = {
  id: 'user-head',
  login: 'head',
  displayName: 'Серікова Айгүл',
  roles: ['head'],
  role: 'head',
  schoolId: 'school-1',
  schoolName: 'Талдысай мектебі',
  staffId: 'staff-1',
  dbName: 'sandyq-s-school-1',
  signedInWith: 'password',
  signedInAt: Date.UTC(2026, 8, 1),
};

describe('session store (who is signed in on this tab)', () => {
  let restore: () => void;
  beforeAll(() => {
    restore = installMemoryStorage();
  });
  afterAll(() => restore());
  beforeEach(() => {
    localStorage.clear();
    useSessionStore.setState({ user: null, preselectedUserId: null });
  });

  it('keeps the signed-in user across a reload, and never a token or verifier', async () => {
    const user = useSessionStore.getState().startSession(HEAD);
    expect(user).toEqual(HEAD);
    const stored = localStorage.getItem(SESSION_STORAGE_KEY) ?? '';
    expect(stored).toContain('sandyq-s-school-1');
    expect(stored).not.toMatch(/"token"|"salt"|"hash"|"password":/);

    // A new start: the in-memory state is gone, only what the device stored remains.
    useSessionStore.setState({ user: null });
    localStorage.setItem(SESSION_STORAGE_KEY, stored);
    await useSessionStore.persist.rehydrate();
    expect(useSessionStore.getState().user).toEqual(HEAD);
  });

  it('refuses a session without a database or with an unknown role', () => {
    expect(() => useSessionStore.getState().startSession({ ...HEAD, dbName: '' })).toThrow();
    expect(() => useSessionStore.getState().startSession({ ...HEAD, role: 'janitor' as never })).toThrow();
    expect(useSessionStore.getState().user).toBeNull();
  });

  it('ignores a damaged stored session, and drops a first-run profile of version 1', async () => {
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ state: { user: { id: 'x', role: 'king' } }, version: 2 }));
    await useSessionStore.persist.rehydrate();
    expect(useSessionStore.getState().user).toBeNull();
    localStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ state: { user: { id: 'x', displayName: 'A', role: 'teacher', source: 'deviceProfile' } }, version: 1 }),
    );
    await useSessionStore.persist.rehydrate();
    expect(useSessionStore.getState().user).toBeNull();
  });

  it('switching user forgets who is signed in and can open the sign-in screen on their tile', () => {
    useSessionStore.getState().startSession(HEAD);
    useSessionStore.getState().endSession({ preselect: true });
    expect(useSessionStore.getState()).toMatchObject({ user: null, preselectedUserId: 'user-head' });
    useSessionStore.getState().startSession(HEAD);
    useSessionStore.getState().endSession();
    expect(useSessionStore.getState()).toMatchObject({ user: null, preselectedUserId: null });
  });
});
