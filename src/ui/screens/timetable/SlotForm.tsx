/**
 * Adds a weekly lesson to a class set's timetable, or changes one (the slot being edited
 * is given). The change takes effect from the date chosen above the table: lessons before
 * it keep what they had.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ClassSetRow, TimetableSlotRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { IsoDate } from '@/domain/dates';
import { LessonMode } from '@/domain/entities/lessonMode';
import { SelectField } from '@/ui/components/form/SelectField';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { LessonFields, type LessonValues } from './LessonFields';
import { weekdayKey } from './timetableLabels';
import type { SetupNames } from './useSetupNames';
import { useSetupCommands } from '@/client/setup/setupCommands';

function initialValues(slot: TimetableSlotRow | undefined, weekdays: readonly number[]): LessonValues & { weekday: number } {
  return {
    weekday: slot?.weekday ?? weekdays[0] ?? 1,
    period: slot?.period ?? 1,
    subjectId: slot?.subjectId ?? '',
    teacherId: slot?.teacherId ?? '',
    assistantId: slot?.assistantId ?? '',
    mode: slot?.mode ?? LessonMode.inClass,
  };
}

export function SlotForm({
  classSet,
  slot,
  weekdays,
  from,
  names,
  onDone,
}: {
  classSet: ClassSetRow;
  slot: TimetableSlotRow | undefined;
  weekdays: readonly number[];
  from: IsoDate;
  names: SetupNames;
  onDone: () => void;
}) {
  const { t } = useTranslation('timetable');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState(() => initialValues(slot, weekdays));
  const save = useSaveAction();
  const setup = useSetupCommands();
  useEffect(() => {
    if (slot) heading.current?.focus();
  }, [slot]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { ...values, classSetId: classSet.id, assistantId: values.assistantId || undefined };
    const isDone = await save.run(() => (slot ? setup.changeSlot(slot.id, input, from) : setup.addSlot(input, from)));
    if (isDone && slot) onDone();
    // The next lesson of the day is most often entered next.
    else if (isDone) setValues({ ...values, period: Math.min(values.period + 1, 8), subjectId: '' });
  };

  return (
    <form className="panel setup-wide setup-form" aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {slot ? t('editSlotTitle', { day: t(weekdayKey(slot.weekday)), period: slot.period }) : t('addSlotTitle', { name: classSet.name })}
      </h3>
      <SelectField
        label={t('weekdayFieldLabel')}
        value={String(values.weekday)}
        options={weekdays.map((d) => ({ value: String(d), label: t(weekdayKey(d)) }))}
        onChange={(v) => setValues({ ...values, weekday: Number(v) })}
      />
      <LessonFields
        value={values}
        onChange={(lesson) => setValues({ ...values, ...lesson })}
        subjectOptions={names.subjectOptions(classSet)}
        teacherOptions={names.teacherOptions}
        assistantOptions={names.assistantOptions}
      />
      <WriteProblems
        error={save.error}
        fieldLabels={{
          subjectId: t('subjectFieldLabel'),
          teacherId: t('teacherFieldLabel'),
          assistantId: t('assistantFieldLabel'),
          validFrom: t('effectiveFromFieldLabel'),
          validTo: t('effectiveFromFieldLabel'),
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving}>
          {slot ? t('saveSlotAction') : t('addSlotAction')}
        </button>
        {slot && (
          <button type="button" className="button button-quiet" onClick={onDone}>
            {t('cancelAction')}
          </button>
        )}
        <span className="field-status" role="status">
          {save.state.status === 'saved' && !slot ? t('slotAddedMessage') : ''}
        </span>
      </div>
    </form>
  );
}
