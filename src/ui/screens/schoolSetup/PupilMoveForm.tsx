/**
 * Moves one pupil to another class set from a date (default today): the School screen
 * keeps the pupil's history (the old class until the day before, the new one from then).
 * The grade offered is the pupil's own when the new set teaches it.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ClassSetRow, PupilRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import { schoolToday } from '@/client/setup/schoolToday';
import { fullName } from '@/domain/person';
import { DateField } from '@/ui/components/DateField';
import { SelectField } from '@/ui/components/form/SelectField';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { useSetupCommands } from '@/client/setup/setupCommands';

export function PupilMoveForm({
  pupil,
  targets,
  onDone,
}: {
  pupil: PupilRow;
  /** The class sets the pupil may move to (current ones other than theirs). */
  targets: readonly ClassSetRow[];
  onDone: () => void;
}) {
  const { t } = useTranslation('schoolSetup');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [targetId, setTargetId] = useState(targets[0]?.id ?? '');
  const target = targets.find((s) => s.id === targetId);
  const [chosenGrade, setGrade] = useState<number | undefined>(undefined);
  const grades = target?.grades ?? [];
  const grade =
    chosenGrade !== undefined && grades.includes(chosenGrade) ? chosenGrade : grades.includes(pupil.grade) ? pupil.grade : (grades[0] ?? pupil.grade);
  const [from, setFrom] = useState(schoolToday());
  const save = useSaveAction();
  const setup = useSetupCommands();
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const isDone = await save.run(() => setup.movePupil(pupil.id, { toClassSetId: targetId, from, grade }));
    if (isDone) onDone();
  };

  return (
    <form className="panel setup-form" aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('movePupilTitle', { name: fullName(pupil) })}
      </h3>
      {targets.length === 0 ? (
        <p>{t('noOtherClassSetsMessage')}</p>
      ) : (
        <>
          <SelectField
            label={t('moveToFieldLabel')}
            value={targetId}
            options={targets.map((s) => ({ value: s.id, label: s.name }))}
            onChange={setTargetId}
          />
          <SelectField
            label={t('gradeFieldLabel')}
            value={String(grade)}
            options={grades.map((g) => ({ value: String(g), label: t('gradeOptionLabel', { grade: g }) }))}
            onChange={(value) => setGrade(Number(value))}
          />
          <DateField label={t('moveFromFieldLabel')} value={from} onChange={setFrom} />
        </>
      )}
      <WriteProblems error={save.error} />
      <div className="form-actions">
        {targets.length > 0 && (
          <button type="submit" className="button button-primary" disabled={save.isSaving}>
            {t('moveConfirmAction')}
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t('cancelAction')}
        </button>
      </div>
    </form>
  );
}
