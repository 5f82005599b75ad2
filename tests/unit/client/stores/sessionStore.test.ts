import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY, useSessionStore } from '../../../../src/client/stores/sessionStore';
import { installMemoryStorage } from './memoryStorage';

describe('session store (device profile until sign-in)', () => {
  let restore: () => void;
  beforeAll(() => {
    restore = installMemoryStorage();
  });
  afterAll(() => restore());
  beforeEach(() => {
    localStorage.clear();
    useSessionStore.setState({ user: null });
  });

  it('keeps the chosen name and role on the device and restores them on the next start', async () => {
    const user = useSessionStore.getState().startDeviceSession('  Айгүл Серікова ', 'teacher');
    expect(user).toMatchObject({ displayName: 'Айгүл Серікова', role: 'teacher', source: 'deviceProfile' });
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toContain('Айгүл');

    // A new start: the in-memory state is gone, only what the device stored remains.
    const stored = localStorage.getItem(SESSION_STORAGE_KEY) ?? '';
    useSessionStore.setState({ user: null });
    localStorage.setItem(SESSION_STORAGE_KEY, stored);
    await useSessionStore.persist.rehydrate();
    expect(useSessionStore.getState().user).toEqual(user);
  });

  it('gives every new profile its own id', () => {
    const a = useSessionStore.getState().startDeviceSession('A', 'pupil');
    const b = useSessionStore.getState().startDeviceSession('B', 'pupil');
    expect(a.id).not.toBe(b.id);
  });

  it('refuses an empty name or an unknown role', () => {
    expect(() => useSessionStore.getState().startDeviceSession('   ', 'teacher')).toThrow();
    expect(() => useSessionStore.getState().startDeviceSession('A', 'janitor' as never)).toThrow();
    expect(useSessionStore.getState().user).toBeNull();
  });

  it('ignores a damaged stored session instead of failing', async () => {
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ state: { user: { id: 'x', role: 'king' } }, version: 1 }));
    await useSessionStore.persist.rehydrate();
    expect(useSessionStore.getState().user).toBeNull();
  });

  it('ending the session forgets who is using the device', () => {
    useSessionStore.getState().startDeviceSession('A', 'head');
    useSessionStore.getState().endSession();
    expect(useSessionStore.getState().user).toBeNull();
  });
});
