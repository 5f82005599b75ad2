/** The school's assessments: each with its kind, items, maximum score and to whom it was given; built and given from here. */
import { useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useFormatters } from '@/client/i18n/useFormatters';
import type { AssessmentSummary } from '@/client/assessments/readAssessments';
import { useAssessmentList, useAssignmentChoices } from '@/client/assessments/useAssessments';
import type { SubjectRow } from '@/client/setup/setupRows';
import { ASSESSMENT_KIND_LABEL_KEYS, COUNTING_LABEL_KEYS } from '../assessmentsText';
import { AssessmentForm } from './AssessmentForm';
import { AssignForm } from './AssignForm';
import { AttemptsTable } from './AttemptsTable';
import { ItemAnalysisTable } from './ItemAnalysisTable';

export function AssessmentListPanel({ schoolId, staffId, subjects }: { schoolId: string; staffId: string; subjects: readonly SubjectRow[] }) {
  const { t } = useTranslation(['assessments']);
  const list = useAssessmentList(schoolId);
  const [isBuilding, setBuilding] = useState(false);
  return (
    <section aria-label={t('assessmentsTitle')}>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => setBuilding(true)}>
          {t('newAssessmentAction')}
        </button>
      </div>
      {isBuilding && <AssessmentForm schoolId={schoolId} staffId={staffId} subjects={subjects} onDone={() => setBuilding(false)} />}
      {list === undefined ? (
        <p className="screen-loading">{t('loadingItemsMessage')}</p>
      ) : list.length === 0 ? (
        <p>{t('noAssessmentsMessage')}</p>
      ) : (
        <ul className="assessment-list">
          {list.map((summary) => (
            <AssessmentCard key={summary.assessment.id} summary={summary} schoolId={schoolId} staffId={staffId} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AssessmentCard({ summary, schoolId, staffId }: { summary: AssessmentSummary; schoolId: string; staffId: string }) {
  const { t } = useTranslation(['assessments']);
  const { formatDate } = useFormatters();
  const choices = useAssignmentChoices(schoolId);
  const [isAssigning, setAssigning] = useState(false);
  const { assessment, assignments } = summary;
  const s = assessment.selection;
  const className = (id: string | undefined) => choices?.classSets.find((c) => c.id === id)?.name ?? '';
  return (
    <li className="panel assessment-card">
      <h3>{assessment.title}</h3>
      <p className="hint">
        {[
          t(ASSESSMENT_KIND_LABEL_KEYS[assessment.kind]),
          assessment.selfCheck ? t('selfCheckBadgeLabel') : undefined,
          s.kind === 'draw'
            ? t('drawSummaryLabel', { perTopic: s.perTopic, topics: s.topicIds.length })
            : t('fixedSummaryLabel', { count: s.itemIds.length }),
          t('maxScoreLabel', { count: assessment.maxScore }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {assignments.length > 0 && (
        <ul className="assignment-lines">
          {assignments.map((a) => (
            <li key={a.id}>
              {t('assignedToLabel', { classSet: className(a.classSetId) })}
              {a.pupilIds ? ` (${t('somePupilsLabel', { count: a.pupilIds.length })})` : ''}
              {a.dueAt !== undefined ? ` · ${t('dueLabel', { when: formatDate(a.dueAt, { dateStyle: 'medium', timeStyle: 'short' }) })}` : ''}
              {` · ${t(COUNTING_LABEL_KEYS[a.counting ?? 'best'])}`}
            </li>
          ))}
        </ul>
      )}
      <p>{t('submittedCountLabel', { count: summary.submitted })}</p>
      {summary.submitted > 0 && <AttemptsTable schoolId={schoolId} assessmentId={assessment.id} title={assessment.title} />}
      {summary.submitted > 0 && <ItemAnalysisTable assessmentId={assessment.id} title={assessment.title} />}
      {isAssigning ? (
        <AssignForm schoolId={schoolId} staffId={staffId} assessmentId={assessment.id} onDone={() => setAssigning(false)} />
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => setAssigning(true)}
          aria-label={t('giveAssessmentAction', { title: assessment.title })}
        >
          {t('assignTitle')}
        </button>
      )}
    </li>
  );
}
