/**
 * The head sets, grade by grade, how many minutes of continuous screen work a pupil does
 * before the app reminds them to take a break (defaults: 20 minutes in grades 1-4, 40 above,
 * from the Ministry's guidance on remote lessons; stricter sanitary limits may be set here).
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSetupCommands } from '@/client/setup/setupCommands';
import { useSchoolRow } from '@/client/setup/schoolSettings';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { DEFAULT_SCREEN_MINUTES } from '@/domain/entities/school';
import { WriteProblems } from '@/ui/components/form/WriteProblems';

export function ScreenTimeForm({ schoolId }: { schoolId: string }) {
  const school = useSchoolRow(schoolId);
  if (!school) return null;
  const current = school.screenMinutesByGrade ?? DEFAULT_SCREEN_MINUTES;
  return <MinutesForm key={current.join(',')} current={current} />;
}

function MinutesForm({ current }: { current: readonly number[] }) {
  const { t } = useTranslation(['schoolSetup']);
  const headingId = useId();
  const hintId = useId();
  const setup = useSetupCommands();
  const save = useSaveAction();
  const [values, setValues] = useState(current.map(String));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run(() => setup.setScreenMinutes(values.map((v) => (v.trim() === '' ? NaN : Number(v)))));
  };
  return (
    <form className="panel setup-form" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h2 id={headingId}>{t('screenTimeTitle')}</h2>
      <p id={hintId} className="hint">
        {t('screenTimeHintMessage')}
      </p>
      <div className="screen-minutes-grid">
        {values.map((v, i) => (
          <div key={i} className="field">
            <label htmlFor={`${headingId}-${i}`}>{t('screenTimeGradeFieldLabel', { grade: i + 1 })}</label>
            <input
              id={`${headingId}-${i}`}
              inputMode="numeric"
              value={v}
              aria-describedby={hintId}
              onChange={(e) => setValues(values.map((x, j) => (j === i ? e.target.value : x)))}
            />
          </div>
        ))}
      </div>
      <WriteProblems error={save.error} fieldLabels={{ screenMinutesByGrade: t('screenTimeTitle') }} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving}>
          {t('saveScreenTimeAction')}
        </button>
        <span className="field-status" role="status">
          {save.state.status === 'saved' ? t('screenTimeSavedMessage') : ''}
        </span>
      </div>
    </form>
  );
}
