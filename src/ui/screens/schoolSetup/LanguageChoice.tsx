/** A class set's language of instruction: Kazakh or Russian. */
import { useId } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { INSTRUCTION_LANGUAGES, type InstructionLanguage } from '@/domain/language';

export const LANGUAGE_LABEL_KEYS = { kk: 'kazakhLanguageLabel', ru: 'russianLanguageLabel' } as const satisfies Record<InstructionLanguage, string>;

export function LanguageChoice({ value, onChange }: { value: InstructionLanguage; onChange: (language: InstructionLanguage) => void }) {
  const { t } = useTranslation('schoolSetup');
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{t('languageFieldLabel')}</legend>
      <div className="choice-grid">
        {INSTRUCTION_LANGUAGES.map((language) => (
          <label key={language} className="choice">
            <input type="radio" name={name} checked={value === language} onChange={() => onChange(language)} />
            {t(LANGUAGE_LABEL_KEYS[language])}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
