import { describe, expect, it } from 'vitest';
import { getStorageStatus, requestPersistentStorage } from '@/client/storage/storageStatus';

describe('storage status', () => {
  it('reports usage, quota and persistence where the browser tells them', async () => {
    const api = {
      estimate: async () => ({ usage: 1_000, quota: 50_000 }),
      persisted: async () => true,
    };
    expect(await getStorageStatus(api)).toEqual({ usage: 1_000, quota: 50_000, persisted: true });
  });

  it('answers nothing rather than throwing where the API is missing (Node, old browsers)', async () => {
    expect(await getStorageStatus()).toEqual({});
    expect(await getStorageStatus(undefined)).toEqual({});
    expect(await getStorageStatus({})).toEqual({});
    expect(await requestPersistentStorage({})).toBe(false);
    expect(await requestPersistentStorage()).toBe(false);
  });

  it('answers nothing rather than throwing when the API fails', async () => {
    const failing = {
      estimate: () => Promise.reject(new Error('denied')),
      persisted: () => Promise.reject(new Error('denied')),
      persist: () => Promise.reject(new Error('denied')),
    };
    expect(await getStorageStatus(failing)).toEqual({});
    expect(await requestPersistentStorage(failing)).toBe(false);
  });

  it('requestPersistentStorage is true only when the browser grants it', async () => {
    expect(await requestPersistentStorage({ persist: async () => true })).toBe(true);
    expect(await requestPersistentStorage({ persist: async () => false })).toBe(false);
  });
});
