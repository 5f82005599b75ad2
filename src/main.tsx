/**
 * Boot: read who uses the device and their language, load that language's first
 * namespaces, then render — so the first paint is already in the right language (no flash
 * of Kazakh before Russian). The service worker starts after the page has loaded.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './client/i18n/i18n';
import { readLanguagePreference } from './client/i18n/languagePreference';
import { BUILD_ID } from './client/pwa/buildId';
import { scheduleServiceWorker } from './client/pwa/scheduleServiceWorker';
import { watchConnectivity } from './client/stores/connectivityStore';
import { useSessionStore } from './client/stores/sessionStore';
import { App } from './ui/App';
import { renderBootFailure } from './ui/errors/renderBootFailure';
import './ui/styles/app.css';

document.documentElement.dataset.buildId = BUILD_ID;
watchConnectivity(window, () => navigator.onLine);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

initI18n(readLanguagePreference(useSessionStore.getState().user?.id)).then(
  () => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    scheduleServiceWorker();
  },
  (error: unknown) => {
    console.error('Could not load the interface language', error);
    renderBootFailure(root);
  },
);
