/** Adds a lesson outside the timetable to one date of a class set (a make-up or extra lesson). */
import { useId, useState, type FormEvent } from 'react';
import type { ClassSetRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { IsoDate } from '@/domain/dates';
import { LessonMode } from '@/domain/entities/lessonMode';
import type { DaySession } from '@/domain/timetable/sessionsOfDay';
import { useIsoDateFormat } from '@/ui/components/schoolDates';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { LessonFields, type LessonValues } from './LessonFields';
import type { SetupNames } from './useSetupNames';
import { useSetupCommands } from '@/client/setup/setupCommands';

const EMPTY: LessonValues = { period: 7, subjectId: '', teacherId: '', assistantId: '', mode: LessonMode.inClass };

export function ExtraLessonForm({
  classSet,
  date,
  dayLessons,
  names,
}: {
  classSet: ClassSetRow;
  date: IsoDate;
  dayLessons: readonly DaySession[];
  names: SetupNames;
}) {
  const { t } = useTranslation('timetable');
  const formatIsoDate = useIsoDateFormat();
  const headingId = useId();
  const [values, setValues] = useState<LessonValues>(EMPTY);
  const save = useSaveAction();
  const setup = useSetupCommands();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { ...values, classSetId: classSet.id, date, assistantId: values.assistantId || undefined };
    const isDone = await save.run(() => setup.addExtraLesson(input, dayLessons));
    if (isDone) setValues(EMPTY);
  };

  return (
    <form className="panel setup-wide setup-form" aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={headingId}>{t('extraLessonTitle', { date: formatIsoDate(date) })}</h3>
      <LessonFields
        value={values}
        onChange={setValues}
        subjectOptions={names.subjectOptions(classSet)}
        teacherOptions={names.teacherOptions}
        assistantOptions={names.assistantOptions}
      />
      <WriteProblems
        error={save.error}
        fieldLabels={{ subjectId: t('subjectFieldLabel'), teacherId: t('teacherFieldLabel'), assistantId: t('assistantFieldLabel') }}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving}>
          {t('addExtraLessonAction')}
        </button>
        <span className="field-status" role="status">
          {save.state.status === 'saved' ? t('extraLessonAddedMessage') : ''}
        </span>
      </div>
    </form>
  );
}
