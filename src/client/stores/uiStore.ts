/**
 * Interface state shared across screens:
 * - `storageError`: the device storage failed in a way the person must act on (disk full,
 *   another tab blocking an upgrade…); the shell then shows a full-screen message.
 * - `unsavedInputCount`: how many forms hold typing not yet written to the device. An
 *   update never reloads the page while this is above zero (`src/client/pwa/`).
 */
import { create } from 'zustand';
import type { StorageErrorReason } from '../storage/storageErrors';

export interface UiState {
  storageError: StorageErrorReason | null;
  unsavedInputCount: number;
  showStorageError: (reason: StorageErrorReason) => void;
  dismissStorageError: () => void;
  setUnsavedInputCount: (count: number) => void;
}

export const useUiStore = create<UiState>()((set) => ({
  storageError: null,
  unsavedInputCount: 0,
  showStorageError: (storageError) => set({ storageError }),
  dismissStorageError: () => set({ storageError: null }),
  setUnsavedInputCount: (unsavedInputCount) => set({ unsavedInputCount }),
}));
