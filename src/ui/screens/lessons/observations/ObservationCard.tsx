/** One observation: what was seen, criterion by criterion, and the answer (the teacher writes it). */
import { useId, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useObservationCommands } from '@/client/observations/observationCommands';
import type { ObservationView } from '@/client/observations/readObservations';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { ObservationStatus } from '@/domain/entities/lessonObservation';
import { TextLimit } from '@/domain/entities/fields';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { useIsoDateFormat } from '@/ui/components/schoolDates';
import { CRITERION_MET_LABEL_KEYS } from './observationText';

export function ObservationCard({ view, staffId }: { view: ObservationView; staffId: string }) {
  const { t } = useTranslation(['lessons']);
  const formatDate = useIsoDateFormat();
  const commands = useObservationCommands();
  const save = useSaveAction();
  const answerId = useId();
  const { observation: o } = view;
  const [answer, setAnswer] = useState(o.teacherAnswer ?? '');
  const writer = { staffId };
  const isObserved = o.teacherId === staffId;
  return (
    <article className="observation" data-observation-id={o.id} data-status={o.status}>
      <h3>{t('observationHeadingTitle', { date: formatDate(o.date), observer: view.observerName, teacher: view.teacherName })}</h3>
      {o.status === ObservationStatus.draft && <p className="status-chip">{t('draftObservationLabel')}</p>}
      {o.criteria.length > 0 && (
        <ul className="observation-criteria">
          {o.criteria.map((c, i) => (
            <li key={i}>
              <strong>{t(CRITERION_MET_LABEL_KEYS[c.met])}:</strong> {c.text}
              {c.comment && <span className="hint"> ({c.comment})</span>}
            </li>
          ))}
        </ul>
      )}
      {o.notes && (
        <p>
          <strong>{t('observationNotesFieldLabel')}:</strong> {o.notes}
        </p>
      )}
      {o.recommendations && (
        <p>
          <strong>{t('recommendationsFieldLabel')}:</strong> {o.recommendations}
        </p>
      )}
      {view.isObserver && o.status === ObservationStatus.draft && (
        <button
          type="button"
          className="button"
          onClick={() => void save.run(() => commands.updateObservation(writer, o.id, { status: ObservationStatus.shared }))}
        >
          {t('shareObservationAction')}
        </button>
      )}
      {isObserved ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save.run(() => commands.answerObservation(writer, o.id, answer));
          }}
        >
          <div className="field">
            <label htmlFor={answerId}>{t('teacherAnswerFieldLabel')}</label>
            <textarea id={answerId} rows={3} maxLength={TextLimit.paragraph} value={answer} onChange={(e) => setAnswer(e.target.value)} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={save.isSaving}>
              {t('saveAnswerAction')}
            </button>
            <span className="field-status" role="status">
              {save.state.status === 'saved' ? t('savedStatusMessage') : ''}
            </span>
          </div>
        </form>
      ) : (
        o.teacherAnswer && (
          <p className="observation-answer">
            <strong>{t('teacherAnswerFieldLabel')}:</strong> {o.teacherAnswer}
          </p>
        )
      )}
      <WriteProblems error={save.error} fieldLabels={{ teacherAnswer: t('teacherAnswerFieldLabel') }} />
    </article>
  );
}
