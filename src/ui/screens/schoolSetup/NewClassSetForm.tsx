/**
 * The head creates a class set: its name as the school writes it ("5-6", "7 Ә"), the
 * grades taught together, the language of instruction. It joins the current academic year.
 */
import { useId, useState, type FormEvent } from 'react';
import { getDb } from '../../../client/db/openSandyqDb';
import { useTranslation } from '../../../client/i18n/useTranslation';
import { createClassSet } from '../../../client/setup/classSetWrites';
import { schoolToday } from '../../../client/setup/schoolToday';
import { setupAuthor } from '../../../client/setup/setupAuthor';
import type { SessionUser } from '../../../client/stores/sessionStore';
import { TextLimit } from '../../../domain/entities/fields';
import type { InstructionLanguage } from '../../../domain/language';
import { GradesChoice } from './GradesChoice';
import { LanguageChoice } from './LanguageChoice';
import { useSaveAction } from './useSaveAction';
import { WriteProblems } from './WriteProblems';

export function NewClassSetForm({ user }: { user: SessionUser }) {
  const { t } = useTranslation('schoolSetup');
  const nameId = useId();
  const headingId = useId();
  const [name, setName] = useState('');
  const [grades, setGrades] = useState<number[]>([]);
  const [language, setLanguage] = useState<InstructionLanguage>('kk');
  const [created, setCreated] = useState('');
  const save = useSaveAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { name, grades, language };
    const isDone = await save.run(() => createClassSet(getDb(user.dbName), setupAuthor(user), input, schoolToday()));
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
      <GradesChoice value={grades} onChange={setGrades} />
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
