import { describe, expect, it } from 'vitest';
import { selectSyncStatus, useConnectivityStore, watchConnectivity } from '../../../../src/client/stores/connectivityStore';

describe('connectivity store', () => {
  it('shows offline whatever sync was doing, and the sync activity when online', () => {
    expect(selectSyncStatus({ isOnline: false, syncActivity: 'syncing' })).toBe('offline');
    expect(selectSyncStatus({ isOnline: true, syncActivity: 'idle' })).toBe('idle');
    expect(selectSyncStatus({ isOnline: true, syncActivity: 'error' })).toBe('error');
  });

  it('follows the window online and offline events until stopped', () => {
    const target = new EventTarget();
    let online = false;
    const stop = watchConnectivity(target as unknown as Window, () => online);
    expect(useConnectivityStore.getState().isOnline).toBe(false);
    online = true;
    target.dispatchEvent(new Event('online'));
    expect(useConnectivityStore.getState().isOnline).toBe(true);
    online = false;
    target.dispatchEvent(new Event('offline'));
    expect(useConnectivityStore.getState().isOnline).toBe(false);
    stop();
    online = true;
    target.dispatchEvent(new Event('online'));
    expect(useConnectivityStore.getState().isOnline).toBe(false);
  });
});
