/** One holiday of the year: its name and first and last day (the same day for a one-day holiday). */
import { useId } from 'react';
import { DateInput } from '@/ui/components/DateInput';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { HolidayInput } from '@/client/setup/academicYearWrites';
import { TextLimit } from '@/domain/entities/fields';

export function HolidayRow({
  index,
  holiday,
  onChange,
  onRemove,
}: {
  index: number;
  holiday: HolidayInput;
  onChange: (holiday: HolidayInput) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('timetable');
  const ids = { name: useId(), from: useId(), to: useId() };
  const n = index + 1;
  return (
    <li className="field-row holiday-row">
      <div className="field">
        <label htmlFor={ids.name}>{t('holidayNameFieldLabel', { number: n })}</label>
        <input id={ids.name} value={holiday.name} maxLength={TextLimit.title} onChange={(e) => onChange({ ...holiday, name: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.from}>{t('holidayFromFieldLabel', { number: n })}</label>
        <DateInput id={ids.from} value={holiday.from} onChange={(from) => onChange({ ...holiday, from, to: holiday.to || from })} />
      </div>
      <div className="field">
        <label htmlFor={ids.to}>{t('holidayToFieldLabel', { number: n })}</label>
        <DateInput id={ids.to} value={holiday.to} onChange={(to) => onChange({ ...holiday, to })} />
      </div>
      <button type="button" className="button button-quiet" onClick={onRemove}>
        {t('removeHolidayAction')}
        <span className="visually-hidden"> {holiday.name || n}</span>
      </button>
    </li>
  );
}
