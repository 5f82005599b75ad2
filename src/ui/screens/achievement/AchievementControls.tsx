/** The report's choices: the academic year (when the school has several), the period, and the class set drawn in the trend. */
import { useId } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { ACHIEVEMENT_PERIODS, type AchievementPeriod } from '@/domain/reports/achievementIndicators';
import { ReportField } from '@/ui/screens/reports/ReportField';
import { periodParam } from './achievementSelection';
import type { Named } from './achievementRows';

type Patch = Readonly<Record<string, string | undefined>>;

interface Props {
  readonly years: readonly Named[];
  readonly yearId: string | undefined;
  readonly period: AchievementPeriod;
  readonly classSets: readonly Named[];
  readonly classSetId: string | undefined;
  readonly periodLabel: (period: AchievementPeriod) => string;
  readonly onChange: (patch: Patch) => void;
}

export function AchievementControls({ years, yearId, period, classSets, classSetId, periodLabel, onChange }: Props) {
  const { t } = useTranslation(['achievement']);
  const id = useId();
  return (
    <form className="report-controls" onSubmit={(event) => event.preventDefault()}>
      {years.length > 1 && (
        <ReportField id={`${id}-year`} label={t('yearFieldLabel')}>
          <select
            id={`${id}-year`}
            className="inline-input"
            value={yearId ?? ''}
            onChange={(event) => onChange({ year: event.target.value, classSet: undefined })}
          >
            {years.map((y) => (
              <option key={y.id} value={y.id}>
                {y.name}
              </option>
            ))}
          </select>
        </ReportField>
      )}
      <ReportField id={`${id}-period`} label={t('periodFieldLabel')}>
        <select
          id={`${id}-period`}
          className="inline-input"
          value={periodParam(period)}
          onChange={(event) => onChange({ period: event.target.value, quarter: undefined })}
        >
          {ACHIEVEMENT_PERIODS.map((p) => (
            <option key={p} value={periodParam(p)}>
              {periodLabel(p)}
            </option>
          ))}
        </select>
      </ReportField>
      {classSets.length > 0 && (
        <ReportField id={`${id}-classSet`} label={t('classSetFieldLabel')}>
          <select
            id={`${id}-classSet`}
            className="inline-input"
            value={classSetId ?? ''}
            onChange={(event) => onChange({ classSet: event.target.value })}
          >
            {classSets.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </ReportField>
      )}
    </form>
  );
}
