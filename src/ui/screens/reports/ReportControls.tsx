/**
 * What a report covers: the class set or the whole school, the period (a day, the week
 * around a date, a quarter, a half-year, the year, or any dates), and the limits over which
 * pupils are highlighted. Every choice goes into the address, so a reload or a printout
 * shows the same report.
 */
import { useId } from 'react';
import type { ReportChoices } from '@/client/attendance/useReportChoices';
import { useTranslation } from '@/client/i18n/useTranslation';
import { isIsoDate } from '@/domain/dates';
import { ReportPeriodKind } from '@/domain/reports/reportPeriod';
import { ReportField } from './ReportField';
import { PERIOD_LABEL_KEYS } from './reportText';
import { SCHOOL_SCOPE, type ReportSelection } from './reportSelection';

type Patch = Readonly<Record<string, string | undefined>>;

interface Props {
  selection: ReportSelection;
  setup: ReportChoices;
  onChange: (patch: Patch) => void;
  hasYear: boolean;
  /** Offer the whole school besides the class sets (reports; not the journal). */
  hasSchoolOption?: boolean;
  /** Offer the highlight limits (reports; not the journal). */
  hasThresholds?: boolean;
}

export function ReportControls({ selection, setup, onChange, hasYear, hasSchoolOption = true, hasThresholds = true }: Props) {
  const { t } = useTranslation(['reports']);
  const id = useId();
  const date = (key: string, label: string, value: string) => (
    <ReportField id={`${id}-${key}`} label={label}>
      <input
        id={`${id}-${key}`}
        type="date"
        className="inline-input"
        value={value}
        required
        onChange={(event) => {
          if (isIsoDate(event.target.value)) onChange({ [key]: event.target.value });
        }}
      />
    </ReportField>
  );
  return (
    <form className="report-controls" onSubmit={(event) => event.preventDefault()}>
      <ReportField id={`${id}-scope`} label={t('classSetFieldLabel')}>
        <select
          id={`${id}-scope`}
          className="inline-input"
          value={selection.scope}
          onChange={(event) => onChange({ scope: event.target.value, pupil: undefined, subject: undefined })}
        >
          {hasSchoolOption && <option value={SCHOOL_SCOPE}>{t('wholeSchoolLabel')}</option>}
          {setup.classSets
            .filter((c) => c.status === 'active' || c.id === selection.scope)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
        </select>
      </ReportField>
      <ReportField id={`${id}-period`} label={t('periodFieldLabel')}>
        <select id={`${id}-period`} className="inline-input" value={selection.kind} onChange={(event) => onChange({ period: event.target.value })}>
          {Object.values(ReportPeriodKind).map((kind) => (
            <option key={kind} value={kind}>
              {t(PERIOD_LABEL_KEYS[kind])}
            </option>
          ))}
        </select>
      </ReportField>
      {(selection.kind === ReportPeriodKind.day || selection.kind === ReportPeriodKind.week) && date('date', t('dateFieldLabel'), selection.date)}
      {selection.kind === ReportPeriodKind.quarter && (
        <ReportField id={`${id}-quarter`} label={t('quarterFieldLabel')}>
          <select
            id={`${id}-quarter`}
            className="inline-input"
            value={selection.quarter}
            onChange={(event) => onChange({ quarter: event.target.value })}
          >
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {t('quarterOptionLabel', { quarter: q })}
              </option>
            ))}
          </select>
        </ReportField>
      )}
      {selection.kind === ReportPeriodKind.halfYear && (
        <ReportField id={`${id}-half`} label={t('halfYearFieldLabel')}>
          <select id={`${id}-half`} className="inline-input" value={selection.half} onChange={(event) => onChange({ half: event.target.value })}>
            {[1, 2].map((half) => (
              <option key={half} value={half}>
                {t('halfYearOptionLabel', { half })}
              </option>
            ))}
          </select>
        </ReportField>
      )}
      {selection.kind === ReportPeriodKind.custom && (
        <>
          {date('from', t('fromFieldLabel'), selection.from)}
          {date('to', t('toFieldLabel'), selection.to)}
        </>
      )}
      {!hasYear && <p className="field-error">{t('noYearMessage')}</p>}
      {hasThresholds && (
        <fieldset className="report-thresholds">
          <legend>{t('highlightsTitle')}</legend>
          <ReportField id={`${id}-limit`} label={t('absenceLimitFieldLabel')}>
            <input
              id={`${id}-limit`}
              type="number"
              className="inline-input number-input"
              min={0}
              max={100}
              step={1}
              value={selection.thresholdTexts.limit}
              onChange={(event) => onChange({ limit: event.target.value })}
            />
          </ReportField>
          <ReportField id={`${id}-run`} label={t('consecutiveFieldLabel')}>
            <input
              id={`${id}-run`}
              type="number"
              className="inline-input number-input"
              min={0}
              max={99}
              step={1}
              value={selection.thresholdTexts.run}
              onChange={(event) => onChange({ run: event.target.value })}
            />
          </ReportField>
        </fieldset>
      )}
    </form>
  );
}
