/**
 * localStorage for zustand's `persist`, looked up at each call rather than once: some
 * browsers throw on merely reading `window.localStorage` (storage disabled), and unit
 * tests install a fake after the stores are imported. A failing storage loses only a
 * preference, never data, so failures are swallowed here.
 */
import type { StateStorage } from 'zustand/middleware';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export const browserStorage: StateStorage = {
  getItem: (name) => storage()?.getItem(name) ?? null,
  setItem: (name, value) => {
    try {
      storage()?.setItem(name, value);
    } catch {
      // Quota or disabled storage: the session simply is not remembered.
    }
  },
  removeItem: (name) => storage()?.removeItem(name),
};
