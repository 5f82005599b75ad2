/**
 * The head takes back a pupil who left: the class set and grade they join, from a day after
 * their last day at school (default: today, or the day after they left if that is later).
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { schoolToday } from '@/client/setup/schoolToday';
import { useSetupCommands } from '@/client/setup/setupCommands';
import type { ClassSetRow, PupilRow } from '@/client/setup/setupRows';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { addDays, type IsoDate } from '@/domain/dates';
import { fullName } from '@/domain/person';
import { DateField } from '@/ui/components/DateField';
import { SelectField } from '@/ui/components/form/SelectField';
import { WriteProblems } from '@/ui/components/form/WriteProblems';

interface Props {
  pupil: PupilRow;
  /** The school's current class sets. */
  classSets: readonly ClassSetRow[];
  onDone: () => void;
}

export function ReadmitPupilForm({ pupil, classSets, onDone }: Props) {
  const { t } = useTranslation(['people', 'common']);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const firstDay = pupil.withdrawnOn ? addDays(pupil.withdrawnOn, 1) : schoolToday();
  const [from, setFrom] = useState<IsoDate>(firstDay > schoolToday() ? firstDay : schoolToday());
  const initialSet = classSets.find((s) => s.id === pupil.classSetId) ?? classSets[0];
  const [classSetId, setClassSetId] = useState(initialSet?.id ?? '');
  const grades = classSets.find((s) => s.id === classSetId)?.grades ?? [];
  const [grade, setGrade] = useState(grades.includes(pupil.grade) ? pupil.grade : (grades[0] ?? pupil.grade));
  const save = useSaveAction();
  const setup = useSetupCommands();
  useEffect(() => heading.current?.focus(), []);

  const chooseSet = (id: string) => {
    setClassSetId(id);
    const next = classSets.find((s) => s.id === id)?.grades ?? [];
    if (!next.includes(grade) && next[0] !== undefined) setGrade(next[0]);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const isDone = await save.run(() => setup.readmitPupil(pupil.id, { classSetId, grade, from }));
    if (isDone) onDone();
  };

  return (
    <form className="panel setup-form" aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('readmitTitle', { name: fullName(pupil) })}
      </h3>
      <SelectField
        label={t('classSetColumnLabel')}
        value={classSetId}
        options={classSets.map((s) => ({ value: s.id, label: s.name }))}
        onChange={chooseSet}
      />
      <SelectField
        label={t('gradeColumnLabel')}
        value={String(grade)}
        options={grades.map((g) => ({ value: String(g), label: t('gradeValueLabel', { grade: g }) }))}
        onChange={(value) => setGrade(Number(value))}
      />
      <DateField label={t('readmitFromFieldLabel')} value={from} onChange={setFrom} />
      <WriteProblems error={save.error} fieldLabels={{ classSetId: t('classSetColumnLabel'), grade: t('gradeColumnLabel') }} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving || classSetId === ''}>
          {t('readmitConfirmAction')}
        </button>
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t('logins.cancelAction')}
        </button>
      </div>
    </form>
  );
}
