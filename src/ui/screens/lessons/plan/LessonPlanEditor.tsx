/**
 * The short-term plan (ҚМЖ) of one lesson: the six steps as progress, conflicts left by
 * co-planning, the goal, the stages with their minutes and resources, formative tasks,
 * differentiation and reflection, saved to this laptop as the teacher types; printable in
 * Kazakh or Russian.
 */
import { GiveLessonSection } from './GiveLessonSection';
import { useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useLessonPlanEditor } from '@/client/lessons/usePlanning';
import type { LessonPlanEditorData } from '@/client/lessons/readLessonPlanEditor';
import type { Language } from '@/domain/language';
import { EmptyState } from '@/ui/components/EmptyState';
import { SelectField } from '@/ui/components/form/SelectField';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { useIsoDateFormat } from '@/ui/components/schoolDates';
import { isIsoDate } from '@/domain/dates';
import { ObservationsPanel } from '../observations/ObservationsPanel';
import { FormativeTasksSection } from './FormativeTasksSection';
import { GoalSection } from './GoalSection';
import { LessonPlanPrint } from './LessonPlanPrint';
import { PlanConflicts } from './PlanConflicts';
import { PlanMaterials } from './PlanMaterials';
import { PlanningSteps } from './PlanningSteps';
import { ReflectionSection } from './ReflectionSection';
import { StagesSection } from './StagesSection';
import { PLAN_FIELD_LABEL_KEYS } from './planText';
import { useLessonPlanDraft } from './useLessonPlanDraft';

export function LessonPlanEditor({ planId, date, backHref }: { planId: string; date: string | undefined; backHref: string }) {
  const { t } = useTranslation(['lessons', 'common']);
  const data = useLessonPlanEditor(planId);
  if (data === undefined) return <p className="screen-loading">{t('common:loadingMessage')}</p>;
  if (data === null)
    return (
      <>
        <EmptyState title={t('planNotFoundTitle')} message={t('planNotFoundMessage')} />
        <a className="button" href={backHref}>
          {t('backToLessonsAction')}
        </a>
      </>
    );
  return <PlanForm key={planId} data={data} date={date} backHref={backHref} />;
}

function PlanForm({ data, date, backHref }: { data: LessonPlanEditorData; date: string | undefined; backHref: string }) {
  const { t, i18n } = useTranslation(['lessons', 'common']);
  const formatDate = useIsoDateFormat();
  const { draft, change, flush, isDirty, save } = useLessonPlanDraft(data.plan);
  const [printLanguage, setPrintLanguage] = useState<Language>(i18n.language === 'ru' ? 'ru' : 'kk');
  const shownDate = date !== undefined && isIsoDate(date) ? formatDate(date) : '';
  const fieldLabels = Object.fromEntries(Object.entries(PLAN_FIELD_LABEL_KEYS).map(([f, key]) => [f, t(key)]));
  return (
    <div
      className="lesson-plan"
      onBlur={(e) => {
        // Leaving the form stores at once; moving within it waits for the pause (no save, and
        // no refusal shifting the page, between pressing a button and releasing it).
        if (!e.currentTarget.contains(e.relatedTarget)) void flush();
      }}
    >
      <div className="no-print lesson-plan-head">
        <a className="button" href={backHref}>
          {t('backToLessonsAction')}
        </a>
        <p className="screen-subtitle">{[data.classSetName, shownDate, data.plan.topic].filter(Boolean).join(' · ')}</p>
        <span className="field-status" role="status">
          {save.isSaving
            ? t('savingStatusMessage')
            : isDirty
              ? t('unsavedStatusMessage')
              : save.state.status === 'failed'
                ? ''
                : t('savedStatusMessage')}
        </span>
      </div>
      <div className="no-print">
        <WriteProblems error={save.error} fieldLabels={fieldLabels} />
        <PlanningSteps step={draft.step} onStep={(step) => change('step', step)} />
        <PlanConflicts plan={data.plan} conflicts={data.conflicts} />
        <GoalSection draft={draft} change={change} />
        <StagesSection draft={draft} change={change} subjectId={data.plan.subjectId} attached={data.resources} />
        <PlanMaterials data={data} />
        <FormativeTasksSection draft={draft} change={change} />
        <ReflectionSection draft={draft} change={change} />
        <GiveLessonSection data={data} beforeGiving={flush} />
        <ObservationsPanel plan={data.plan} date={date} />
        <section className="panel" aria-labelledby="plan-print-heading">
          <h2 id="plan-print-heading">{t('printSectionTitle')}</h2>
          <SelectField
            label={t('printLanguageFieldLabel')}
            value={printLanguage}
            options={[
              { value: 'kk', label: 'Қазақша' },
              { value: 'ru', label: 'Русский' },
            ]}
            onChange={(v) => setPrintLanguage(v as Language)}
          />
          <button
            type="button"
            className="button"
            onClick={() => {
              void flush().then(() => window.print());
            }}
          >
            {t('printAction')}
          </button>
        </section>
      </div>
      <LessonPlanPrint data={data} language={printLanguage} date={shownDate} />
    </div>
  );
}
