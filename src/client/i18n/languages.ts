/**
 * The interface languages. Kazakh is the default: most small schools teach in Kazakh, and
 * Russian is the other language of instruction; English is offered because it is a subject.
 */
export const Language = {
  kk: 'kk',
  ru: 'ru',
  en: 'en',
} as const;
export type Language = (typeof Language)[keyof typeof Language];

export const LANGUAGES: readonly Language[] = Object.values(Language);
export const DEFAULT_LANGUAGE: Language = Language.kk;

/**
 * Each language named in itself, so a person who cannot read the current language still
 * finds their own. Not translation keys on purpose: they read the same in every language.
 */
export const LANGUAGE_AUTONYMS: Record<Language, string> = {
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
