/**
 * An i18next backend that reads `locales/<language>/<namespace>.json` through Vite's
 * `import.meta.glob`. The build groups the files into two chunks per language (the shell's
 * namespaces, and all the others: `manualChunks` in vite.config.ts), so a visit downloads
 * only its language, a laptop's precache is six requests of translations rather than one per
 * namespace, and switching language works offline.
 */
import type { BackendModule, ResourceKey } from 'i18next';

type LocaleLoader = () => Promise<ResourceKey>;

// Translator notes (locales/_notes) are for translators, never shipped to laptops.
const loaders = import.meta.glob<ResourceKey>(['../../../locales/*/*.json', '!../../../locales/_notes/*.json'], { import: 'default' });

export function localeLoader(language: string, namespace: string): LocaleLoader | undefined {
  return loaders[`../../../locales/${language}/${namespace}.json`];
}

export const localeBackend: BackendModule = {
  type: 'backend',
  callbackApi: false,
  init() {},
  read(language: string, namespace: string) {
    const load = localeLoader(language, namespace);
    if (!load) return Promise.reject(new Error(`No translations for ${language}/${namespace}`));
    return load();
  },
};
