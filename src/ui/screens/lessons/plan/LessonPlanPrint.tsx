/**
 * The ҚМЖ on paper, in the official table layout, in Kazakh or Russian whatever the
 * interface language (a plan is handed in in the class's language of instruction). Shown
 * only when printing (`lessons.css`): the screen's form is left off the A4 page.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import type { LessonPlanEditorData } from '@/client/lessons/readLessonPlanEditor';
import { pickLocalized, type Language } from '@/domain/language';
import { STAGE_LEAD_LABEL_KEYS } from './planText';

export function LessonPlanPrint({ data, language, date }: { data: LessonPlanEditorData; language: Language; date: string }) {
  const { t } = useTranslation(['lessons'], { lng: language });
  const { plan } = data;
  const row = (label: string, value: string | readonly string[]) => (
    <tr>
      <th scope="row">{label}</th>
      <td colSpan={4}>{typeof value === 'string' ? value : value.map((v, i) => <div key={i}>{v}</div>)}</td>
    </tr>
  );
  return (
    <div className="print-only lesson-plan-print" lang={language}>
      <h2 className="print-heading">{t('printTitle')}</h2>
      <table className="print-table">
        <tbody>
          {row(t('printSubjectLabel'), data.subjectNames ? pickLocalized(data.subjectNames, [language]) : '')}
          {row(t('printTeacherLabel'), data.authorName ?? '')}
          {row(t('printDateLabel'), date)}
          {row(t('printClassLabel'), `${data.classSetName ?? ''}    ${t('printPresentLabel')} ____    ${t('printAbsentLabel')} ____`)}
          {row(t('printTopicLabel'), plan.topic)}
          {row(
            t('printObjectivesLabel'),
            plan.objectives.map((o) => o.code),
          )}
          {row(t('printExpectedResultsLabel'), plan.expectedResults)}
          {row(t('printSuccessCriteriaLabel'), plan.successCriteria)}
        </tbody>
      </table>
      <h3 className="print-heading">{t('printCourseLabel')}</h3>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">{t('printStageLabel')}</th>
            <th scope="col">{t('printTeacherActivityLabel')}</th>
            <th scope="col">{t('printPupilActivityLabel')}</th>
            <th scope="col">{t('printAssessmentLabel')}</th>
            <th scope="col">{t('printResourcesLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.stages.map((s, i) => (
            <tr key={i}>
              <td>
                {s.name}
                <br />
                {t('minutesValueLabel', { count: s.minutes })}
                {s.lead && (
                  <>
                    <br />
                    {t(STAGE_LEAD_LABEL_KEYS[s.lead])}
                  </>
                )}
              </td>
              <td>{s.teacherActivity}</td>
              <td>{s.pupilActivity}</td>
              <td>{s.assessment}</td>
              <td>
                {s.resourceIds.map((id) => (
                  <div key={id}>{data.resources.get(id)?.title}</div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.formativeTasks.length > 0 && (
        <table className="print-table">
          <thead>
            <tr>
              <th scope="col">{t('printTaskLabel')}</th>
              <th scope="col">{t('printCriterionLabel')}</th>
              <th scope="col">{t('printDescriptorsLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.formativeTasks.map((task, i) => (
              <tr key={i}>
                <td>{task.text}</td>
                <td>{task.criterion}</td>
                <td>
                  {task.descriptors.map((d, k) => (
                    <div key={k}>
                      {d.text} — {t('pointsValueLabel', { count: d.points })}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table className="print-table">
        <tbody>
          {row(t('printDifferentiationLabel'), plan.differentiation ?? '')}
          {row(t('printReflectionLabel'), [plan.reflection ?? '', plan.improvements ?? ''].filter(Boolean))}
        </tbody>
      </table>
    </div>
  );
}
