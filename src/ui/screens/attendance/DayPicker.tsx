/**
 * The day a list of lessons is for: the previous and next day, a date field, and back to
 * today. The date lives in the address, so a reload keeps it.
 */
import { useId } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { addDays, type IsoDate } from '@/domain/dates';
import { DateInput } from '@/ui/components/DateInput';
import { schoolToday, useIsoDateFormat } from '@/ui/components/schoolDates';

export function DayPicker({ date, onChange }: { date: IsoDate; onChange: (date: IsoDate) => void }) {
  const { t } = useTranslation('attendance');
  const format = useIsoDateFormat();
  const fieldId = useId();
  const today = schoolToday();
  return (
    <div className="day-picker">
      <p className="day-picker-date" aria-live="polite">
        {format(date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}
      </p>
      <div className="day-picker-controls" role="group" aria-label={t('dayPickerLabel')}>
        <button type="button" className="button button-quiet" onClick={() => onChange(addDays(date, -1))}>
          <span aria-hidden="true">‹ </span>
          {t('previousDayAction')}
        </button>
        <span className="day-picker-field">
          <label htmlFor={fieldId}>{t('dateLabel')}</label>
          <DateInput id={fieldId} className="inline-input" value={date} onChange={(next) => next !== '' && onChange(next)} />
        </span>
        <button type="button" className="button button-quiet" onClick={() => onChange(addDays(date, 1))}>
          {t('nextDayAction')}
          <span aria-hidden="true"> ›</span>
        </button>
        {date !== today && (
          <button type="button" className="button" onClick={() => onChange(today)}>
            {t('todayAction')}
          </button>
        )}
      </div>
    </div>
  );
}
