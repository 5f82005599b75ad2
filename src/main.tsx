/**
 * Boot: read who is signed in and their language, load that language's first namespaces,
 * then render — so the first paint is already in the right language (no flash of Kazakh
 * before Russian). With no one signed in, the sign-in screen's texts and the laptop's
 * profiles start loading at the same moment, beside the boot texts rather than after them;
 * with someone signed in, their shell (`loadShell`) does.
 * The service worker starts once the first screen is usable (`scheduleServiceWorker`).
 */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './client/i18n/i18n';
import { readLanguagePreference } from './client/i18n/languagePreference';
import { BUILD_ID } from './client/pwa/buildId';
import { scheduleServiceWorker } from './client/pwa/scheduleServiceWorker';
import { watchConnectivity } from './client/stores/connectivityStore';
import { watchInstallPrompt } from './client/pwa/installPrompt';
import { followSessionAcrossTabs, useSessionStore } from './client/stores/sessionStore';
import { App } from './ui/App';
import { loadShell } from './ui/shell/loadShell';
import { renderBootFailure } from './ui/errors/renderBootFailure';
import { loadDeviceProfiles } from './ui/signin/loadSignIn';
import './ui/styles/app.css';

document.documentElement.dataset.buildId = BUILD_ID;
watchConnectivity(window, () => navigator.onLine);
watchInstallPrompt(window);
followSessionAcrossTabs(window);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

const signedIn = useSessionStore.getState().user;
if (signedIn) {
  void loadShell().catch(() => undefined);
} else {
  // The tiles' first read opens the profiles database now, beside the texts and the first
  // render: after a browser restart that first open is the slowest part of a warm start.
  void loadDeviceProfiles()
    .then((profiles) => profiles.listDeviceProfiles())
    .catch(() => undefined);
}

initI18n(readLanguagePreference(signedIn?.id), signedIn ? [] : ['signIn']).then(
  () => {
    // A transition: React renders the first screen in slices and lets the browser breathe
    // between them, so a slow laptop never freezes for the whole first render (Total Blocking Time).
    startTransition(() => {
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    });
    scheduleServiceWorker();
  },
  (error: unknown) => {
    console.error('Could not load the interface language', error);
    renderBootFailure(root);
  },
);
