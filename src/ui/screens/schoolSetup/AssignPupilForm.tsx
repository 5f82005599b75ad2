/**
 * Puts a pupil of another class set into this one from a date: the same move as from the
 * pupil's own row, started from the class set that receives them. Offered: current pupils
 * in a grade this set teaches (a pupil changing grade is moved from their own row).
 */
import { useId, useState, type FormEvent } from 'react';
import type { ClassSetRow, PupilRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import { schoolToday } from '@/client/setup/schoolToday';
import { PupilStatus } from '@/domain/entities/pupil';
import { compareByName, fullName } from '@/domain/person';
import { DateField } from '@/ui/components/DateField';
import { SelectField } from '@/ui/components/form/SelectField';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { useSetupCommands } from '@/client/setup/setupCommands';

export function AssignPupilForm({
  classSet,
  pupils,
  classSets,
}: {
  classSet: ClassSetRow;
  pupils: readonly PupilRow[];
  classSets: readonly ClassSetRow[];
}) {
  const { t } = useTranslation('schoolSetup');
  const headingId = useId();
  const setName = new Map(classSets.map((s) => [s.id, s.name]));
  const others = pupils
    .filter((p) => p.status === PupilStatus.active && p.classSetId !== classSet.id && classSet.grades.includes(p.grade))
    .sort((a, b) => (setName.get(a.classSetId) ?? '').localeCompare(setName.get(b.classSetId) ?? '', 'kk', { numeric: true }) || compareByName(a, b));
  const [pupilId, setPupilId] = useState('');
  const [from, setFrom] = useState(schoolToday());
  const pupil = others.find((p) => p.id === pupilId);
  const save = useSaveAction();
  const setup = useSetupCommands();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!pupil) return;
    const isDone = await save.run(() => setup.movePupil(pupil.id, { toClassSetId: classSet.id, from }));
    if (isDone) setPupilId('');
  };

  if (others.length === 0) return null;
  return (
    <form className="setup-form" aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={headingId}>{t('assignPupilTitle', { name: classSet.name })}</h3>
      <SelectField
        label={t('pupilFieldLabel')}
        value={pupilId}
        options={[
          { value: '', label: t('choosePupilOptionLabel') },
          ...others.map((p) => ({
            value: p.id,
            label: t('pupilOptionLabel', { name: fullName(p), classSet: setName.get(p.classSetId) ?? '', grade: p.grade }),
          })),
        ]}
        onChange={setPupilId}
      />
      <DateField label={t('moveFromFieldLabel')} value={from} onChange={setFrom} />
      <WriteProblems error={save.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving || !pupil}>
          {t('assignPupilAction')}
        </button>
        <span className="field-status" role="status">
          {save.state.status === 'saved' ? t('pupilMovedMessage') : ''}
        </span>
      </div>
    </form>
  );
}
