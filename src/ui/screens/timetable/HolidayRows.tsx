/** The holidays of the academic year as editable rows (name, first day, last day), with add and remove. */
import { useId } from 'react';
import { useTranslation } from '../../../client/i18n/useTranslation';
import type { HolidayInput } from '../../../client/setup/academicYearWrites';
import { TextLimit } from '../../../domain/entities/fields';

function HolidayRow({
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
        <input id={ids.from} type="date" value={holiday.from} onChange={(e) => onChange({ ...holiday, from: e.target.value, to: holiday.to || e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.to}>{t('holidayToFieldLabel', { number: n })}</label>
        <input id={ids.to} type="date" value={holiday.to} onChange={(e) => onChange({ ...holiday, to: e.target.value })} />
      </div>
      <button type="button" className="button button-quiet" onClick={onRemove}>
        {t('removeHolidayAction')}
        <span className="visually-hidden"> {holiday.name || n}</span>
      </button>
    </li>
  );
}

export function HolidayRows({ holidays, onChange }: { holidays: readonly HolidayInput[]; onChange: (holidays: HolidayInput[]) => void }) {
  const { t } = useTranslation('timetable');
  return (
    <fieldset className="choice-group">
      <legend>{t('holidaysFieldLabel')}</legend>
      {holidays.length === 0 && <p className="hint">{t('noHolidaysMessage')}</p>}
      <ol className="plain-list">
        {holidays.map((holiday, i) => (
          <HolidayRow
            key={i}
            index={i}
            holiday={holiday}
            onChange={(h) => onChange(holidays.map((x, j) => (j === i ? h : x)))}
            onRemove={() => onChange(holidays.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <button type="button" className="button" onClick={() => onChange([...holidays, { name: '', from: '', to: '' }])}>
        {t('addHolidayAction')}
      </button>
    </fieldset>
  );
}
