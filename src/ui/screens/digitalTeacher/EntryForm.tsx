/**
 * A pupil's programme entry: the parent's application (its date), the low-income status and
 * the two subjects of six. A third subject is refused in words as soon as it is ticked, and
 * again by the command if saved; nothing is stored then.
 */
import { useId, useState, type FormEvent } from 'react';
import { useDigitalTeacherCommands, type Programme, type ProgrammePupil } from '@/client/digitalTeacher/useDigitalTeacher';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { checkSubjectChoice } from '@/domain/digitalTeacher/subjectChoice';
import type { IsoDate } from '@/domain/dates';
import { fullName } from '@/domain/person';
import { DateField } from '@/ui/components/DateField';
import { subjectName } from '@/ui/screens/attendance/attendanceText';
import { ProgrammeProblems } from './ProgrammeProblems';
import { REFUSAL_KEYS } from './programmeText';

export function EntryForm({ row, subjects, today }: { row: ProgrammePupil; subjects: Programme['subjects']; today: string }) {
  const { t } = useTranslation(['digitalTeacher', 'common']);
  const headingId = useId();
  const language = currentLanguage();
  const commands = useDigitalTeacherCommands();
  const save = useSaveAction();
  const name = fullName(row.pupil);
  const [lowIncome, setLowIncome] = useState(row.record?.lowIncome ?? false);
  const [hasApplied, setHasApplied] = useState(row.record?.applicationOn !== undefined);
  const [applicationOn, setApplicationOn] = useState<IsoDate>((row.record?.applicationOn ?? today) as IsoDate);
  const [subjectIds, setSubjectIds] = useState<string[]>([...(row.record?.subjectIds ?? [])]);
  const check = checkSubjectChoice(subjectIds, new Set(subjects.map((s) => s.id as string)));

  const toggle = (id: string, isChecked: boolean) => setSubjectIds(isChecked ? [...subjectIds, id] : subjectIds.filter((s) => s !== id));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run(() =>
      commands.recordProgrammeEntry(row.pupil.id, { lowIncome, applicationOn: hasApplied ? applicationOn : undefined, subjectIds }),
    );
  };

  return (
    <form className="panel setup-form" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h3 id={headingId}>{t('entryTitle', { name })}</h3>
      <p className="field-hint">{t('staffOnlyMessage')}</p>
      <label className="choice">
        <input type="checkbox" checked={hasApplied} onChange={(e) => setHasApplied(e.target.checked)} />
        {t('applicationReceivedLabel')}
      </label>
      {hasApplied && <DateField label={t('applicationDateLabel')} value={applicationOn} onChange={setApplicationOn} />}
      <label className="choice">
        <input type="checkbox" checked={lowIncome} onChange={(e) => setLowIncome(e.target.checked)} />
        {t('lowIncomeLabel')}
      </label>
      <fieldset className="choice-group">
        <legend>{t('twoSubjectsLabel')}</legend>
        <div className="choice-grid">
          {subjects.map((s) => (
            <label key={s.id} className="choice">
              <input type="checkbox" checked={subjectIds.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
              {subjectName(s.names, language)}
            </label>
          ))}
        </div>
      </fieldset>
      {check.refusals.length > 0 && (
        <div className="form-problems" role="alert">
          <ul>
            {check.refusals.map((code) => (
              <li key={code}>{t(REFUSAL_KEYS[code], { pupils: name })}</li>
            ))}
          </ul>
        </div>
      )}
      <ProgrammeProblems error={save.error} nameOf={() => name} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving}>
          {t('saveEntryAction')}
        </button>
        <span className="field-status" role="status">
          {save.state.status === 'saved' ? t('entrySavedMessage', { name }) : ''}
        </span>
      </div>
    </form>
  );
}
