/**
 * The district view's filters: school, grade, subject, shift, language of instruction and
 * period (a quarter or the year), each "all" by default, and the academic year when the
 * district has several. Every choice narrows every table and chart below.
 */
import { useId } from 'react';
import type { DistrictFilters, Period } from '@/client/district/districtFilters';
import { filterChoices } from '@/client/district/districtFilters';
import type { DistrictOverviewAnswer } from '@/client/district/overviewSchema';
import { useTranslation } from '@/client/i18n/useTranslation';
import { ReportField } from '@/ui/screens/reports/ReportField';
import type { useDistrictText } from './useDistrictText';

type Patch = Readonly<Record<string, string | undefined>>;

interface Props {
  readonly overview: DistrictOverviewAnswer;
  readonly filters: DistrictFilters;
  readonly text: ReturnType<typeof useDistrictText>;
  readonly onChange: (patch: Patch) => void;
}

const PERIODS: readonly Period[] = [1, 2, 3, 4, 5];

export function DistrictControls({ overview, filters, text, onChange }: Props) {
  const { t } = useTranslation(['district']);
  const id = useId();
  const choices = filterChoices(overview);
  const select = (
    key: string,
    label: string,
    value: string | number | undefined,
    options: readonly { value: string; label: string }[],
    all = true,
  ) => (
    <ReportField id={`${id}-${key}`} label={label}>
      <select
        id={`${id}-${key}`}
        className="inline-input"
        value={value ?? ''}
        onChange={(event) => onChange({ [key]: event.target.value || undefined })}
      >
        {all && <option value="">{t('allOptionLabel')}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </ReportField>
  );
  return (
    <form className="report-controls district-controls" onSubmit={(event) => event.preventDefault()}>
      {overview.years.length > 1 &&
        select(
          'year',
          t('yearFieldLabel'),
          overview.yearStart ?? undefined,
          overview.years.map((y) => ({ value: String(y), label: `${y}-${y + 1}` })),
          false,
        )}
      {select(
        'period',
        t('periodFieldLabel'),
        filters.period,
        PERIODS.map((p) => ({ value: String(p), label: text.period(p) })),
        false,
      )}
      {select(
        'school',
        t('schoolFieldLabel'),
        filters.schoolId,
        choices.schools.map((s) => ({ value: s.id, label: s.name })),
      )}
      {select(
        'grade',
        t('gradeFieldLabel'),
        filters.grade,
        choices.grades.map((g) => ({ value: String(g), label: text.grade(g) })),
      )}
      {select(
        'subject',
        t('subjectFieldLabel'),
        filters.subject,
        choices.subjects.map((s) => ({ value: s, label: text.subject(s) })).sort((a, b) => a.label.localeCompare(b.label)),
      )}
      {select(
        'shift',
        t('shiftFieldLabel'),
        filters.shift,
        choices.shifts.map((s) => ({ value: String(s), label: text.shift(s) })),
      )}
      {select(
        'language',
        t('languageFieldLabel'),
        filters.language,
        choices.languages.map((l) => ({ value: l, label: text.language(l) })),
      )}
      <button
        type="button"
        className="button"
        onClick={() => onChange({ school: undefined, grade: undefined, subject: undefined, shift: undefined, language: undefined })}
      >
        {t('clearFiltersAction')}
      </button>
    </form>
  );
}
