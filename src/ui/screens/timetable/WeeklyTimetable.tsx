/**
 * A class set's weekly timetable: the date changes take effect from (default today), the
 * lessons in force, and the form to add one or change the one being edited.
 */
import { useId, useState } from 'react';
import type { ClassSetRow, TimetableSlotRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import { schoolToday } from '@/client/setup/schoolToday';
import { useClassSetSlots } from '@/client/setup/useClassSetSlots';
import { isIsoDate } from '@/domain/dates';
import { DateField } from '@/ui/components/DateField';
import { SlotForm } from './SlotForm';
import { SlotsTable } from './SlotsTable';
import type { SetupNames } from './useSetupNames';

export function WeeklyTimetable({ classSet, weekdays, names }: { classSet: ClassSetRow; weekdays: readonly number[]; names: SetupNames }) {
  const { t } = useTranslation('timetable');
  const headingId = useId();
  const [from, setFrom] = useState(schoolToday());
  const [editing, setEditing] = useState<TimetableSlotRow | undefined>(undefined);
  const slots = useClassSetSlots(classSet.id);
  const effectiveFrom = isIsoDate(from) ? from : schoolToday();
  return (
    <section className="setup-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('weeklyTitle', { name: classSet.name })}</h2>
      <div className="field-row">
        <DateField label={t('effectiveFromFieldLabel')} value={from} onChange={setFrom} />
      </div>
      <p className="hint">{t('effectiveFromHintMessage')}</p>
      {slots !== undefined && <SlotsTable slots={slots} from={effectiveFrom} names={names} onEdit={setEditing} />}
      <SlotForm
        key={editing?.id ?? `new-${classSet.id}`}
        classSet={classSet}
        slot={editing}
        weekdays={weekdays}
        from={effectiveFrom}
        names={names}

        onDone={() => setEditing(undefined)}
      />
    </section>
  );
}
