import { describe, expect, it, vi } from 'vitest';
import { StorageError } from '@/client/storage/storageErrors';
import { latestStorageError, onStorageError, reportStorageError } from '@/client/storage/storageEvents';

describe('app-wide storage events', () => {
  it('every listener hears a failure, even when another listener throws, until it unsubscribes', () => {
    const heard: string[] = [];
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const offBroken = onStorageError(() => {
      throw new Error('listener bug');
    });
    const off = onStorageError((e) => heard.push(e.reason));

    reportStorageError(new StorageError('quotaExceeded'));
    off();
    reportStorageError(new StorageError('unavailable'));
    offBroken();

    expect(heard).toEqual(['quotaExceeded']);
    expect(consoleError).toHaveBeenCalledTimes(2);
    consoleError.mockRestore();
  });

  it('the latest failure is kept for a shell that mounts after it', () => {
    const error = new StorageError('versionTooNew');
    reportStorageError(error);
    expect(latestStorageError()).toBe(error);
  });
});
