/**
 * Records that a pupil left the school, with their last day (default today). Their past
 * attendance and marks stay in reports; registers after that day no longer list them.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { getDb } from '../../../client/db/openSandyqDb';
import type { PupilRow } from '../../../client/db/queries/setupQueries';
import { useTranslation } from '../../../client/i18n/useTranslation';
import { withdrawPupil } from '../../../client/setup/pupilWrites';
import { schoolToday } from '../../../client/setup/schoolToday';
import { setupAuthor } from '../../../client/setup/setupAuthor';
import type { SessionUser } from '../../../client/stores/sessionStore';
import { fullName } from '../../../domain/person';
import { DateField } from '../../components/DateField';
import { useSaveAction } from './useSaveAction';
import { WriteProblems } from './WriteProblems';

export function PupilWithdrawForm({ pupil, user, onDone }: { pupil: PupilRow; user: SessionUser; onDone: () => void }) {
  const { t } = useTranslation('schoolSetup');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [lastDay, setLastDay] = useState(schoolToday());
  const save = useSaveAction();
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const isDone = await save.run(() => withdrawPupil(getDb(user.dbName), setupAuthor(user), pupil.id, lastDay));
    if (isDone) onDone();
  };

  return (
    <form className="panel setup-form" aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('withdrawPupilTitle', { name: fullName(pupil) })}
      </h3>
      <p className="hint">{t('withdrawHintMessage')}</p>
      <DateField label={t('lastDayFieldLabel')} value={lastDay} onChange={setLastDay} />
      <WriteProblems error={save.error} fieldLabels={{ withdrawnOn: t('lastDayFieldLabel') }} />
      <div className="form-actions">
        <button type="submit" className="button button-danger" disabled={save.isSaving}>
          {t('withdrawConfirmAction')}
        </button>
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t('cancelAction')}
        </button>
      </div>
    </form>
  );
}
