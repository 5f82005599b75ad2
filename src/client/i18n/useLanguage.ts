/**
 * The current interface language and a way to change it for the person using the device.
 * Re-renders when the language changes (through react-i18next's binding).
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from './i18n';
import type { Language } from './languages';

export function useLanguage(profileId: string | undefined): {
  language: Language;
  changeLanguage: (language: Language) => Promise<void>;
} {
  useTranslation();
  const changeLanguage = useCallback((language: Language) => setLanguage(language, profileId), [profileId]);
  return { language: currentLanguage(), changeLanguage };
}
