/**
 * A class set's weekly lessons in force from the chosen date on (and those starting
 * later), by weekday and lesson number, each with "change" and "remove" for the head.
 */
import { useId, useState } from 'react';
import type { TimetableSlotRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { IsoDate } from '@/domain/dates';
import { useIsoDateFormat } from '@/ui/components/schoolDates';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { MODE_KEYS, weekdayKey } from './timetableLabels';
import type { SetupNames } from './useSetupNames';
import { useSetupCommands } from '@/client/setup/setupCommands';

export function SlotsTable({
  slots,
  from,
  names,
  onEdit,
}: {
  slots: readonly TimetableSlotRow[];
  from: IsoDate;
  names: SetupNames;
  onEdit: (slot: TimetableSlotRow) => void;
}) {
  const { t } = useTranslation('timetable');
  const formatIsoDate = useIsoDateFormat();
  const captionId = useId();
  const save = useSaveAction();
  const setup = useSetupCommands();
  const [removedId, setRemovedId] = useState<string | undefined>(undefined);
  const shown = slots.filter((s) => s.validTo === undefined || s.validTo >= from).sort((a, b) => a.weekday - b.weekday || a.period - b.period);

  if (shown.length === 0) return <p className="hint">{t('noSlotsMessage')}</p>;
  const remove = async (slot: TimetableSlotRow) => {
    setRemovedId(slot.id);
    await save.run(() => setup.removeSlot(slot.id, from));
  };
  return (
    <>
      <div className="table-frame">
        <table className="data-table" aria-describedby={captionId}>
          <caption id={captionId}>{t('slotsTableTitle', { date: formatIsoDate(from) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('weekdayFieldLabel')}</th>
              <th scope="col">{t('periodFieldLabel')}</th>
              <th scope="col">{t('subjectFieldLabel')}</th>
              <th scope="col">{t('teacherFieldLabel')}</th>
              <th scope="col">{t('assistantFieldLabel')}</th>
              <th scope="col">{t('modeFieldLabel')}</th>
              <th scope="col">{t('actionsColumnLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((slot) => {
              const what = `${t(weekdayKey(slot.weekday))}, ${t('periodValueLabel', { period: slot.period })}`;
              return (
                <tr key={slot.id} data-slot-id={slot.id}>
                  <th scope="row">
                    {t(weekdayKey(slot.weekday))}
                    {slot.validFrom > from && <span className="hint"> {t('startsOnMessage', { date: formatIsoDate(slot.validFrom) })}</span>}
                    {slot.validTo !== undefined && <span className="hint"> {t('endsOnMessage', { date: formatIsoDate(slot.validTo) })}</span>}
                  </th>
                  <td className="numeric">{slot.period}</td>
                  <td>{names.subjectName(slot.subjectId)}</td>
                  <td>{names.staffName(slot.teacherId)}</td>
                  <td>{names.staffName(slot.assistantId)}</td>
                  <td>{t(MODE_KEYS[slot.mode])}</td>
                  <td>
                    <div className="row-actions">
                      <button type="button" className="button button-quiet" onClick={() => onEdit(slot)}>
                        {t('editSlotAction')}
                        <span className="visually-hidden"> {what}</span>
                      </button>
                      <button type="button" className="button button-quiet" disabled={save.isSaving} onClick={() => void remove(slot)}>
                        {t('removeSlotAction')}
                        <span className="visually-hidden"> {what}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <WriteProblems error={save.error} />
      <p className="field-status" role="status">
        {save.state.status === 'saved' && removedId ? t('slotRemovedMessage', { date: formatIsoDate(from) }) : ''}
      </p>
    </>
  );
}
