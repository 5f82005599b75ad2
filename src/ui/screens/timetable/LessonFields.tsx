/**
 * The fields of a lesson, shared by the weekly slot form and the extra lesson form:
 * lesson number, subject, teacher, assistant teacher (optional) and teaching mode.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { LessonMode } from '@/domain/entities/lessonMode';
import { SelectField, type SelectOption } from '@/ui/components/form/SelectField';
import { MODE_KEYS, PERIODS } from './timetableLabels';

export interface LessonValues {
  readonly period: number;
  readonly subjectId: string;
  readonly teacherId: string;
  /** '' for none. */
  readonly assistantId: string;
  readonly mode: LessonMode;
}

export function LessonFields({
  value,
  onChange,
  subjectOptions,
  teacherOptions,
  assistantOptions,
}: {
  value: LessonValues;
  onChange: (value: LessonValues) => void;
  subjectOptions: readonly SelectOption[];
  teacherOptions: readonly SelectOption[];
  assistantOptions: readonly SelectOption[];
}) {
  const { t } = useTranslation('timetable');
  const choose = t('chooseOptionLabel');
  return (
    <>
      <div className="field-row">
        <SelectField
          label={t('periodFieldLabel')}
          value={String(value.period)}
          options={PERIODS.map((p) => ({ value: String(p), label: t('periodValueLabel', { period: p }) }))}
          onChange={(v) => onChange({ ...value, period: Number(v) })}
        />
        <SelectField
          label={t('subjectFieldLabel')}
          value={value.subjectId}
          options={[{ value: '', label: choose }, ...subjectOptions]}
          onChange={(v) => onChange({ ...value, subjectId: v })}
        />
      </div>
      <div className="field-row">
        <SelectField
          label={t('teacherFieldLabel')}
          value={value.teacherId}
          options={[{ value: '', label: choose }, ...teacherOptions]}
          onChange={(v) => onChange({ ...value, teacherId: v })}
        />
        <SelectField
          label={t('assistantFieldLabel')}
          value={value.assistantId}
          options={[{ value: '', label: t('noAssistantOptionLabel') }, ...assistantOptions]}
          onChange={(v) => onChange({ ...value, assistantId: v })}
        />
        <SelectField
          label={t('modeFieldLabel')}
          value={value.mode}
          options={Object.values(LessonMode).map((m) => ({ value: m, label: t(MODE_KEYS[m]) }))}
          onChange={(v) => onChange({ ...value, mode: v as LessonMode })}
        />
      </div>
    </>
  );
}
