/**
 * An i18next backend that reads `locales/<language>/<namespace>.json` through Vite's
 * `import.meta.glob`: each file becomes its own hashed chunk, so a visit downloads only
 * its language's namespaces, and the service worker precaches them all (they are in the
 * build's JS), which is what makes switching language work offline.
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
