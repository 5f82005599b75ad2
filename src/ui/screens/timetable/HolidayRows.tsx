/** The holidays of the academic year as editable rows (name, first day, last day), with add and remove. */
import { useTranslation } from '@/client/i18n/useTranslation';
import type { HolidayInput } from '@/client/setup/academicYearWrites';
import { HolidayRow } from './HolidayRow';

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
