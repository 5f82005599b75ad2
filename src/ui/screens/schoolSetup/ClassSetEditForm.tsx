/** The head changes a class set's grades or language of instruction (its name is edited in the table). */
import { useState, type FormEvent } from 'react';
import type { ClassSetRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { InstructionLanguage } from '@/domain/language';
import { GradesChoice } from '@/ui/components/form/GradesChoice';
import { LanguageChoice } from './LanguageChoice';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { useSetupCommands } from '@/client/setup/setupCommands';

export function ClassSetEditForm({ classSet }: { classSet: ClassSetRow }) {
  const { t } = useTranslation('schoolSetup');
  const [grades, setGrades] = useState<number[]>([...classSet.grades]);
  const [language, setLanguage] = useState<InstructionLanguage>(classSet.language);
  const save = useSaveAction();
  const setup = useSetupCommands();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save.run(() => setup.updateClassSet(classSet.id, { grades, language }));
  };

  return (
    <form className="setup-form" noValidate onSubmit={(e) => void submit(e)}>
      <GradesChoice legend={t('gradesFieldLabel')} value={grades} onChange={setGrades} />
      <LanguageChoice value={language} onChange={setLanguage} />
      <WriteProblems error={save.error} fieldLabels={{ grades: t('gradesFieldLabel'), language: t('languageFieldLabel') }} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving}>
          {t('saveClassSetAction')}
        </button>
        <span className="field-status" role="status">
          {save.state.status === 'saved' ? t('classSetSavedMessage') : ''}
        </span>
      </div>
    </form>
  );
}
