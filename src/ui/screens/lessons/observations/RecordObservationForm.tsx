/**
 * The head or a mentor records an observation of the lesson: each of the plan's success
 * criteria met, partly or not (with a comment), notes and recommendations; kept as a draft
 * or shared with the teacher at once.
 */
import { useId, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { LessonPlanRow } from '@/client/lessons/readLessonPlanEditor';
import { useObservationCommands } from '@/client/observations/observationCommands';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { isIsoDate } from '@/domain/dates';
import { CriterionMet, ObservationStatus } from '@/domain/entities/lessonObservation';
import { SelectField } from '@/ui/components/form/SelectField';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { schoolToday } from '@/ui/components/schoolDates';
import { CRITERION_MET_LABEL_KEYS } from './observationText';

export function RecordObservationForm({ plan, observerId, date }: { plan: LessonPlanRow; observerId: string; date: string | undefined }) {
  const { t } = useTranslation(['lessons']);
  const commands = useObservationCommands();
  const save = useSaveAction();
  const ids = { notes: useId(), recommendations: useId() };
  const [criteria, setCriteria] = useState(() => plan.successCriteria.map((text) => ({ text, met: CriterionMet.yes as CriterionMet, comment: '' })));
  const [notes, setNotes] = useState('');
  const [recommendations, setRecommendations] = useState('');

  const store = async (status: ObservationStatus) => {
    const isDone = await save.run(() =>
      commands.recordObservation(
        { staffId: observerId },
        {
          teacherId: plan.authorId,
          observerId,
          date: date !== undefined && isIsoDate(date) ? date : schoolToday(),
          lessonPlanId: plan.id,
          subjectId: plan.subjectId,
          ...(plan.sessionId ? { sessionId: plan.sessionId } : {}),
          ...(plan.classSetId ? { classSetId: plan.classSetId } : {}),
          criteria: criteria.map((c) => ({ text: c.text, met: c.met, ...(c.comment.trim() ? { comment: c.comment } : {}) })),
          ...(notes.trim() ? { notes } : {}),
          ...(recommendations.trim() ? { recommendations } : {}),
          status,
        },
      ),
    );
    if (isDone) {
      setNotes('');
      setRecommendations('');
    }
  };

  return (
    <form className="record-observation" noValidate onSubmit={(e) => e.preventDefault()}>
      <h3>{t('recordObservationTitle')}</h3>
      {criteria.length === 0 && <p className="hint">{t('noCriteriaToObserveMessage')}</p>}
      {criteria.map((c, i) => (
        <div key={i} className="observation-criterion">
          <SelectField
            label={c.text}
            value={c.met}
            options={Object.values(CriterionMet).map((m) => ({ value: m, label: t(CRITERION_MET_LABEL_KEYS[m]) }))}
            onChange={(met) => setCriteria(criteria.map((x, k) => (k === i ? { ...x, met: met as CriterionMet } : x)))}
          />
          <div className="field">
            <label htmlFor={`${ids.notes}-criterion-${i}`}>
              {t('criterionCommentFieldLabel')}
              <span className="visually-hidden"> {c.text}</span>
            </label>
            <input
              id={`${ids.notes}-criterion-${i}`}
              value={c.comment}
              onChange={(e) => setCriteria(criteria.map((x, k) => (k === i ? { ...x, comment: e.target.value } : x)))}
            />
          </div>
        </div>
      ))}
      <div className="field">
        <label htmlFor={ids.notes}>{t('observationNotesFieldLabel')}</label>
        <textarea id={ids.notes} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.recommendations}>{t('recommendationsFieldLabel')}</label>
        <textarea id={ids.recommendations} rows={3} value={recommendations} onChange={(e) => setRecommendations(e.target.value)} />
      </div>
      <WriteProblems error={save.error} />
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={save.isSaving} onClick={() => void store(ObservationStatus.shared)}>
          {t('shareObservationAction')}
        </button>
        <button type="button" className="button" disabled={save.isSaving} onClick={() => void store(ObservationStatus.draft)}>
          {t('saveDraftObservationAction')}
        </button>
        <span className="field-status" role="status">
          {save.state.status === 'saved' ? t('observationSavedMessage') : ''}
        </span>
      </div>
    </form>
  );
}
