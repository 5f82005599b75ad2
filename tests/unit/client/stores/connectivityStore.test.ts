import { describe, expect, it } from 'vitest';
import { selectIndicatorStatus, useConnectivityStore, watchConnectivity } from '@/client/stores/connectivityStore';

describe('connectivity store', () => {
  it('shows offline whatever sync was doing, and the sync activity when online', () => {
    expect(selectIndicatorStatus({ isOnline: false, syncActivity: 'syncing' })).toBe('offline');
    expect(selectIndicatorStatus({ isOnline: true, syncActivity: 'idle' })).toBe('idle');
    expect(selectIndicatorStatus({ isOnline: true, syncActivity: 'error' })).toBe('error');
  });

  it('shows offline, not a failed send, when the browser is online but the server cannot be reached', () => {
    expect(selectIndicatorStatus({ isOnline: true, syncActivity: 'error', sync: { lastError: 'offline' } })).toBe('offline');
    expect(selectIndicatorStatus({ isOnline: true, syncActivity: 'error', sync: { lastError: 'timeout' } })).toBe('offline');
    expect(selectIndicatorStatus({ isOnline: true, syncActivity: 'error', sync: { lastError: 'serverError' } })).toBe('error');
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
