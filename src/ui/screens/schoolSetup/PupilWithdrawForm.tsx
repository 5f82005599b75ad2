/**
 * Records that a pupil left the school, with their last day (default today). Their past
 * attendance and marks stay in reports; registers after that day no longer list them.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { PupilRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import { schoolToday } from '@/client/setup/schoolToday';
import { fullName } from '@/domain/person';
import { DateField } from '@/ui/components/DateField';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { useSetupCommands } from '@/client/setup/setupCommands';

export function PupilWithdrawForm({ pupil, onDone }: { pupil: PupilRow; onDone: () => void }) {
  const { t } = useTranslation('schoolSetup');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [lastDay, setLastDay] = useState(schoolToday());
  const save = useSaveAction();
  const setup = useSetupCommands();
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const isDone = await save.run(() => setup.withdrawPupil(pupil.id, lastDay));
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
