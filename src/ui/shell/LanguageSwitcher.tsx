/**
 * Three buttons, each language named in itself, one tap to switch (a select would take
 * two, and is fiddly on a touch panel). The choice is kept for the person signed in, in
 * their profile on this laptop, so the next person's sign-in brings their own language.
 */
import { useLanguage } from '@/client/i18n/useLanguage';
import { LANGUAGE_AUTONYMS, LANGUAGES, type Language } from '@/client/i18n/languages';
import { useTranslation } from '@/client/i18n/useTranslation';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';

export function LanguageSwitcher() {
  const { t } = useTranslation('shell');
  const user = useSessionStore(selectUser);
  const { language, changeLanguage } = useLanguage(user?.id);
  const choose = async (option: Language) => {
    await changeLanguage(option);
    if (!user) return;
    const userId = user.id;
    void import('@/client/auth/appAuth').then((auth) => auth.saveProfileLanguage(userId, option)).catch(() => undefined);
  };
  return (
    <div className="language-switcher" role="group" aria-label={t('languageLabel')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-option"
          aria-pressed={option === language}
          onClick={() => void choose(option)}
        >
          {LANGUAGE_AUTONYMS[option]}
        </button>
      ))}
    </div>
  );
}
