/**
 * The head decides how much of the school's shared link each laptop may use, when online,
 * to fetch the files of its teacher's next lessons in the background (0 turns it off).
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSetupCommands } from '@/client/setup/setupCommands';
import { useSchoolRow } from '@/client/setup/schoolSettings';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { DEFAULT_FILE_PREFETCH_MEGABYTES } from '@/domain/entities/school';
import { WriteProblems } from '@/ui/components/form/WriteProblems';

export function FilePrefetchForm({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation(['schoolSetup']);
  const school = useSchoolRow(schoolId);
  if (!school) return null;
  return (
    <LimitForm key={school.filePrefetchMegabytes ?? 'default'} current={school.filePrefetchMegabytes ?? DEFAULT_FILE_PREFETCH_MEGABYTES} t={t} />
  );
}

function LimitForm({ current, t }: { current: number; t: ReturnType<typeof useTranslation<['schoolSetup']>>['t'] }) {
  const fieldId = useId();
  const hintId = useId();
  const headingId = useId();
  const setup = useSetupCommands();
  const save = useSaveAction();
  const [value, setValue] = useState(String(current));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run(() => setup.setFilePrefetchLimit(value.trim() === '' ? NaN : Number(value)));
  };
  return (
    <form className="panel setup-form" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h2 id={headingId}>{t('filePrefetchTitle')}</h2>
      <div className="field">
        <label htmlFor={fieldId}>{t('filePrefetchFieldLabel')}</label>
        <input id={fieldId} inputMode="numeric" value={value} aria-describedby={hintId} onChange={(e) => setValue(e.target.value)} />
        <p id={hintId} className="hint">
          {t('filePrefetchHintMessage')}
        </p>
      </div>
      <WriteProblems error={save.error} fieldLabels={{ filePrefetchMegabytes: t('filePrefetchFieldLabel') }} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving}>
          {t('saveFilePrefetchAction')}
        </button>
        <span className="field-status" role="status">
          {save.state.status === 'saved' ? t('filePrefetchSavedMessage') : ''}
        </span>
      </div>
    </form>
  );
}
