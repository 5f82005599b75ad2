/** The journal grid's form (as the paper form, or every letter) and subject (the journal keeps a page per subject). */
import { useId } from 'react';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { LocalizedText } from '@/domain/language';
import { JournalForm } from '@/domain/reports/paperJournal';
import { subjectName } from '../attendance/attendanceText';
import { ReportField } from './ReportField';
import { FORM_LABEL_KEYS } from './reportText';

interface Props {
  form: JournalForm;
  subjectId: string | undefined;
  subjects: ReadonlyMap<string, { readonly names: LocalizedText }>;
  onChange: (patch: Readonly<Record<string, string | undefined>>) => void;
}

export function JournalOptions({ form, subjectId, subjects, onChange }: Props) {
  const { t } = useTranslation(['reports']);
  const id = useId();
  const language = currentLanguage();
  const options = [...subjects]
    .map(([sid, s]) => ({ id: sid, name: subjectName(s.names, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
  return (
    <div className="report-controls journal-options">
      <ReportField id={`${id}-form`} label={t('journalFormFieldLabel')}>
        <select id={`${id}-form`} className="inline-input" value={form} onChange={(event) => onChange({ form: event.target.value })}>
          {Object.values(JournalForm).map((f) => (
            <option key={f} value={f}>
              {t(FORM_LABEL_KEYS[f])}
            </option>
          ))}
        </select>
      </ReportField>
      <ReportField id={`${id}-subject`} label={t('subjectFieldLabel')}>
        <select
          id={`${id}-subject`}
          className="inline-input"
          value={subjectId ?? ''}
          onChange={(event) => onChange({ subject: event.target.value || undefined })}
        >
          <option value="">{t('allSubjectsLabel')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </ReportField>
    </div>
  );
}
