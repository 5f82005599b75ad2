/**
 * The head creates a class set: its name as the school writes it ("5-6", "7 Ә"), the
 * grades taught together, the language of instruction. It joins the current academic year.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { schoolToday } from '@/client/setup/schoolToday';
import { TextLimit } from '@/domain/entities/fields';
import type { InstructionLanguage } from '@/domain/language';
import { GradesChoice } from '@/ui/components/form/GradesChoice';
import { LanguageChoice } from './LanguageChoice';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { useSetupCommands } from '@/client/setup/setupCommands';

export function NewClassSetForm() {
  const { t } = useTranslation('schoolSetup');
  const nameId = useId();
  const headingId = useId();
  const [name, setName] = useState('');
  const [grades, setGrades] = useState<number[]>([]);
  const [language, setLanguage] = useState<InstructionLanguage>('kk');
  const [created, setCreated] = useState('');
  const save = useSaveAction();
  const setup = useSetupCommands();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { name, grades, language };
    const isDone = await save.run(() => setup.createClassSet(input, schoolToday()));
    if (isDone) {
      setCreated(name.trim());
      setName('');
      setGrades([]);
    }
  };

  return (
    <form className="panel setup-form" aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <h2 id={headingId}>{t('newClassSetTitle')}</h2>
      <div className="field">
        <label htmlFor={nameId}>{t('nameFieldLabel')}</label>
        <input id={nameId} value={name} maxLength={TextLimit.title} onChange={(e) => setName(e.target.value)} />
      </div>
      <GradesChoice legend={t('gradesFieldLabel')} value={grades} onChange={setGrades} />
      <LanguageChoice value={language} onChange={setLanguage} />
      <WriteProblems error={save.error} fieldLabels={{ name: t('nameFieldLabel'), grades: t('gradesFieldLabel') }} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving}>
          {t('createClassSetAction')}
        </button>
        <span className="field-status" role="status">
          {save.state.status === 'saved' ? t('classSetCreatedMessage', { name: created }) : ''}
        </span>
      </div>
    </form>
  );
}
