/**
 * The browser's offer to install the app (`beforeinstallprompt`, Chromium): kept when it
 * comes so a button can make it later (the browser allows it only from a user's tap), and
 * forgotten once used or once the app is installed. The store's `canInstall` shows the button.
 */
import { usePwaStore } from '../stores/pwaStore';

interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let offer: InstallPromptEvent | undefined;

export function watchInstallPrompt(target: Pick<Window, 'addEventListener'>): void {
  target.addEventListener('beforeinstallprompt', (event) => {
    // Keep the browser's own mini bar from showing: the app offers it in Settings instead.
    event.preventDefault();
    offer = event as InstallPromptEvent;
    usePwaStore.getState().setCanInstall(true);
  });
  target.addEventListener('appinstalled', () => {
    offer = undefined;
    usePwaStore.getState().setCanInstall(false);
  });
}

/** Shows the browser's install dialog; true when the person installed the app. */
export async function promptInstall(): Promise<boolean> {
  const current = offer;
  if (!current) return false;
  offer = undefined;
  usePwaStore.getState().setCanInstall(false);
  await current.prompt();
  return (await current.userChoice).outcome === 'accepted';
}
