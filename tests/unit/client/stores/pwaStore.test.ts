import { beforeEach, describe, expect, it } from 'vitest';
import { usePwaStore } from '@/client/stores/pwaStore';

describe('PWA store', () => {
  beforeEach(() => {
    usePwaStore.setState({ isUpdateReady: false, isUpdateDismissed: false, isUpdateRequested: false, isNewVersionActive: false });
  });

  it('is not offline-ready in a page no service worker controls', () => {
    expect(usePwaStore.getState().isOfflineReady).toBe(false);
  });

  it('offers a newer version again after an earlier one was dismissed', () => {
    usePwaStore.getState().setUpdateReady();
    usePwaStore.getState().dismissUpdate();
    expect(usePwaStore.getState().isUpdateDismissed).toBe(true);
    usePwaStore.getState().setUpdateReady();
    expect(usePwaStore.getState()).toMatchObject({ isUpdateReady: true, isUpdateDismissed: false });
  });

  it('stops offering the update once another tab has applied it', () => {
    usePwaStore.getState().setUpdateReady();
    usePwaStore.getState().setNewVersionActive();
    expect(usePwaStore.getState()).toMatchObject({ isUpdateReady: false, isNewVersionActive: true });
  });
});
