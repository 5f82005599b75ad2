/**
 * Marks the document once the app is rendered and usable: `<html data-app-state="ready">`.
 * The benchmarks time the first load until this attribute appears, and the end-to-end
 * tests wait for it, so call it only from what the person actually sees first (the
 * current screen, the first-run screen), never earlier. Fatal screens set `error`.
 */
import { useEffect } from 'react';

export const AppState = {
  ready: 'ready',
  error: 'error',
} as const;
export type AppState = (typeof AppState)[keyof typeof AppState];

export function setAppState(state: AppState): void {
  document.documentElement.dataset.appState = state;
}

export function useMarkAppReady(): void {
  useEffect(() => setAppState(AppState.ready), []);
}
