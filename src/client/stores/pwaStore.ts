/**
 * The service worker as the interface sees it. `src/client/pwa/` writes it; the header's
 * indicator and the update banner read it.
 *
 * - `isOfflineReady`: a service worker controls this page, so every file of this version
 *   is in the precache and the app opens with the network off. Starts from whether the
 *   page is already controlled, so a returning visit never flashes "not ready".
 * - `isUpdateReady`: a newer version is installed and waiting for the user to agree.
 * - `isUpdateRequested`: the user agreed; the switch waits until no input is unsaved.
 * - `isNewVersionActive`: another tab applied an update under this one; reload when convenient.
 */
import { create } from 'zustand';

export interface PwaState {
  isOfflineReady: boolean;
  isUpdateReady: boolean;
  isUpdateDismissed: boolean;
  isUpdateRequested: boolean;
  isNewVersionActive: boolean;
  /** The browser offers to install the app (see `installPrompt.ts`). */
  canInstall: boolean;
  setCanInstall: (canInstall: boolean) => void;
  setOfflineReady: (isOfflineReady: boolean) => void;
  setUpdateReady: () => void;
  dismissUpdate: () => void;
  requestUpdate: () => void;
  setNewVersionActive: () => void;
}

function isControlled(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;
}

export const usePwaStore = create<PwaState>()((set) => ({
  isOfflineReady: isControlled(),
  isUpdateReady: false,
  isUpdateDismissed: false,
  isUpdateRequested: false,
  isNewVersionActive: false,
  canInstall: false,
  setCanInstall: (canInstall) => set({ canInstall }),
  setOfflineReady: (isOfflineReady) => set({ isOfflineReady }),
  // A newer version than the one dismissed: offer it again.
  setUpdateReady: () => set({ isUpdateReady: true, isUpdateDismissed: false }),
  dismissUpdate: () => set({ isUpdateDismissed: true }),
  requestUpdate: () => set({ isUpdateRequested: true }),
  setNewVersionActive: () => set({ isNewVersionActive: true, isUpdateReady: false }),
}));
