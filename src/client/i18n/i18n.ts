/**
 * The app's one i18next instance. `initI18n` resolves once the boot namespaces of the
 * chosen language are loaded, and the app renders only after that: no text ever shows in
 * the default language first and then flips. Later namespaces (one per screen) load when
 * their screen does; `setLanguage` loads every namespace in use before switching, so a
 * switch never shows untranslated keys either.
 *
 * Plurals use the language's `Intl.PluralRules` (i18next's JSON v4 `_one`/`_few`/… keys),
 * so Russian gets its four forms and Kazakh its two.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, type Language } from './languages';
import { writeLanguagePreference } from './languagePreference';
import { localeBackend } from './localeBackend';
import { BOOT_NAMESPACES, Namespace } from './namespaces';

export const i18n: I18n = i18next.createInstance();

/** `alsoLoad`: namespaces of the first screen, fetched beside the boot ones (one round trip). */
export async function initI18n(language: Language = DEFAULT_LANGUAGE, alsoLoad: readonly Namespace[] = []): Promise<I18n> {
  i18n.on('languageChanged', applyDocumentLanguage);
  await i18n
    .use(localeBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      supportedLngs: [...LANGUAGES],
      // Every key exists in every language (a unit test checks), so no fallback language
      // is loaded: falling back would double what a visit downloads.
      fallbackLng: false,
      load: 'currentOnly',
      ns: [...BOOT_NAMESPACES, ...alsoLoad],
      defaultNS: Namespace.common,
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  applyDocumentLanguage(i18n.language);
  return i18n;
}

/** Switches the interface language for the given profile (or the device) and keeps it. */
export async function setLanguage(language: Language, profileId: string | undefined): Promise<void> {
  writeLanguagePreference(profileId, language);
  await i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

/** `<html lang>` (screen readers, hyphenation, fonts) and the window title follow the language. */
function applyDocumentLanguage(language: string): void {
  if (typeof document === 'undefined' || !isLanguage(language)) return;
  document.documentElement.lang = language;
  document.title = i18n.t('common:appNameTitle', { lng: language });
}

/** Loads a screen's namespace (in the current language) ahead of rendering it. */
export async function loadNamespace(namespace: Namespace): Promise<void> {
  await i18n.loadNamespaces(namespace);
}
