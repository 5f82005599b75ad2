/**
 * The academic year's dates, which decide on which days lessons are held: its name, the
 * first and last day of each quarter (the gaps are the vacations), the school week, and
 * the holidays inside the quarters. A school with no year yet creates its first here.
 */
import { useId, useState, type FormEvent } from 'react';
import type { AcademicYearRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import { type AcademicYearInput, type HolidayInput, type QuarterInput } from '@/client/setup/academicYearWrites';
import type { IsoDate } from '@/domain/dates';
import { TextLimit } from '@/domain/entities/fields';
import { DateField } from '@/ui/components/DateField';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { HolidayRows } from './HolidayRows';
import { weekdayKey } from './timetableLabels';
import { useSetupCommands } from '@/client/setup/setupCommands';

type Quarters = AcademicYearInput['quarters'];
const EMPTY_QUARTER: QuarterInput = { startsOn: '', endsOn: '' };
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

function firstYearName(today: IsoDate): string {
  const year = Number(today.slice(0, 4));
  const start = Number(today.slice(5, 7)) >= 7 ? year : year - 1;
  return `${start}-${start + 1}`;
}

export function AcademicYearForm({ year, today }: { year: AcademicYearRow | undefined; today: IsoDate }) {
  const { t } = useTranslation('timetable');
  const headingId = useId();
  const nameId = useId();
  const [name, setName] = useState(year?.name ?? firstYearName(today));
  const [quarters, setQuarters] = useState<Quarters>(year ? year.quarters : [EMPTY_QUARTER, EMPTY_QUARTER, EMPTY_QUARTER, EMPTY_QUARTER]);
  const [schoolWeek, setSchoolWeek] = useState<number[]>(year ? [...year.schoolWeek] : [1, 2, 3, 4, 5]);
  const [holidays, setHolidays] = useState<HolidayInput[]>(year ? year.holidays.map((h) => ({ ...h })) : []);
  const save = useSaveAction();
  const setup = useSetupCommands();

  const setQuarter = (i: number, quarter: QuarterInput) => setQuarters(quarters.map((q, j) => (j === i ? quarter : q)) as unknown as Quarters);
  const fieldLabels: Record<string, string> = {
    name: t('yearNameFieldLabel'),
    startsOn: t('quarterStartFieldLabel', { number: 1 }),
    endsOn: t('quarterEndFieldLabel', { number: 4 }),
    schoolWeek: t('schoolWeekFieldLabel'),
  };
  quarters.forEach((_, i) => {
    fieldLabels[`quarters.${i}.startsOn`] = t('quarterStartFieldLabel', { number: i + 1 });
    fieldLabels[`quarters.${i}.endsOn`] = t('quarterEndFieldLabel', { number: i + 1 });
  });
  holidays.forEach((_, i) => {
    fieldLabels[`holidays.${i}.name`] = t('holidayNameFieldLabel', { number: i + 1 });
    fieldLabels[`holidays.${i}.from`] = t('holidayFromFieldLabel', { number: i + 1 });
    fieldLabels[`holidays.${i}.to`] = t('holidayToFieldLabel', { number: i + 1 });
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save.run(() => setup.saveAcademicYear(year?.id, { name, quarters, holidays, schoolWeek }));
  };

  return (
    <form className="panel setup-wide setup-form" aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <h2 id={headingId}>{year ? t('academicYearTitle', { name: year.name }) : t('newAcademicYearTitle')}</h2>
      <div className="field">
        <label htmlFor={nameId}>{t('yearNameFieldLabel')}</label>
        <input id={nameId} value={name} maxLength={TextLimit.code} onChange={(e) => setName(e.target.value)} />
      </div>
      {quarters.map((q, i) => (
        <fieldset key={i} className="choice-group">
          <legend>{t('quarterLegendLabel', { number: i + 1 })}</legend>
          <div className="field-row">
            <DateField
              label={t('quarterStartFieldLabel', { number: i + 1 })}
              value={q.startsOn}
              onChange={(d) => setQuarter(i, { ...q, startsOn: d })}
            />
            <DateField label={t('quarterEndFieldLabel', { number: i + 1 })} value={q.endsOn} onChange={(d) => setQuarter(i, { ...q, endsOn: d })} />
          </div>
        </fieldset>
      ))}
      <fieldset className="choice-group">
        <legend>{t('schoolWeekFieldLabel')}</legend>
        <div className="choice-grid">
          {WEEKDAYS.map((d) => (
            <label key={d} className="choice">
              <input
                type="checkbox"
                checked={schoolWeek.includes(d)}
                onChange={(e) => setSchoolWeek(e.target.checked ? [...schoolWeek, d].sort((a, b) => a - b) : schoolWeek.filter((x) => x !== d))}
              />
              {t(weekdayKey(d))}
            </label>
          ))}
        </div>
      </fieldset>
      <HolidayRows holidays={holidays} onChange={setHolidays} />
      <WriteProblems error={save.error} fieldLabels={fieldLabels} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving}>
          {t('saveYearAction')}
        </button>
        <span className="field-status" role="status">
          {save.state.status === 'saved' ? t('yearSavedMessage') : ''}
        </span>
      </div>
    </form>
  );
}
