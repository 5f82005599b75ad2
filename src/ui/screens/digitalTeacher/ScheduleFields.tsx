/**
 * A group's two weekly lessons in the group form: the day, the start and the length of each.
 * The programme's rules (an hour at least, outside lesson time, no overlap) are the domain's
 * (groupSchedule.ts); a refusal is said with the form's other problems.
 */
import { useId } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { DIGITAL_TEACHER_GROUP } from '@/domain/entities/group';
import type { ProgrammeSlot } from '@/domain/digitalTeacher/groupSchedule';
import { SelectField } from '@/ui/components/form/SelectField';
import { WEEKDAY_KEYS } from '@/ui/screens/timetable/timetableLabels';

/** Suggested until the teacher changes them: Tuesday and Thursday after lessons. */
export const SUGGESTED_SCHEDULE: readonly ProgrammeSlot[] = [
  { weekday: 2, startsAt: '15:00', minutes: DIGITAL_TEACHER_GROUP.minLessonMinutes },
  { weekday: 4, startsAt: '15:00', minutes: DIGITAL_TEACHER_GROUP.minLessonMinutes },
];

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

function SlotFields({ n, slot, onChange }: { n: number; slot: ProgrammeSlot; onChange: (slot: ProgrammeSlot) => void }) {
  const { t } = useTranslation(['digitalTeacher', 'timetable']);
  const startId = useId();
  const minutesId = useId();
  return (
    <fieldset className="choice-group">
      <legend>{t('lessonSlotLabel', { n })}</legend>
      <SelectField
        label={t('weekdayFieldLabel')}
        value={String(slot.weekday)}
        options={WEEKDAYS.map((d) => ({ value: String(d), label: t(`timetable:${WEEKDAY_KEYS[d]}`) }))}
        onChange={(value) => onChange({ ...slot, weekday: Number(value) })}
      />
      <div className="field">
        <label htmlFor={startId}>{t('startsAtFieldLabel')}</label>
        <input id={startId} type="time" value={slot.startsAt} required onChange={(e) => onChange({ ...slot, startsAt: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={minutesId}>{t('minutesFieldLabel')}</label>
        <input
          id={minutesId}
          type="number"
          inputMode="numeric"
          min={1}
          max={600}
          value={slot.minutes}
          onChange={(e) => onChange({ ...slot, minutes: Number(e.target.value) })}
        />
      </div>
    </fieldset>
  );
}

export function ScheduleFields({ slots, onChange }: { slots: readonly ProgrammeSlot[]; onChange: (slots: ProgrammeSlot[]) => void }) {
  const { t } = useTranslation(['digitalTeacher']);
  return (
    <fieldset className="choice-group">
      <legend>{t('scheduleLegendLabel')}</legend>
      {slots.map((slot, i) => (
        <SlotFields key={i} n={i + 1} slot={slot} onChange={(next) => onChange(slots.map((s, k) => (k === i ? next : s)))} />
      ))}
    </fieldset>
  );
}
