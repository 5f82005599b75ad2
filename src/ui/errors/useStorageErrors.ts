/**
 * Listens to the device storage's failures (`src/client/db/storageEvents.ts`) for as long
 * as the app is mounted, including one that happened before it mounted.
 */
import { useEffect } from 'react';
import { latestStorageError, onStorageError } from '@/client/storage/storageEvents';
import { useUiStore } from '@/client/stores/uiStore';

export function useStorageErrors(): void {
  useEffect(() => {
    const show = useUiStore.getState().showStorageError;
    const earlier = latestStorageError();
    if (earlier) show(earlier.reason);
    return onStorageError((error) => show(error.reason));
  }, []);
}
