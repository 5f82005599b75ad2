/**
 * Marking one submitted attempt, offline: the pupil's written answers beside the rubric,
 * where ticking descriptors sets the points; written feedback to the pupil; for a late
 * attempt, whether it counts. The server's score of the items is shown as it stands (or
 * "not scored yet" before it has synced), and items edited since the pupil got them are
 * named: the pupil is scored against the version they saw.
 */
import { useId, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useMarkingCommands } from '@/client/assessments/markingCommands';
import type { AttemptToMark } from '@/client/assessments/readMarking';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import type { LateDecision } from '@/domain/entities/attemptResult';
import { fullName } from '@/domain/person';
import { WriteProblems } from '@/ui/components/form/WriteProblems';

export function MarkAttemptCard({ work, staffId, onMarked }: { work: AttemptToMark; staffId: string; onMarked: (pupilName: string) => void }) {
  const { t } = useTranslation(['assessments']);
  const { formatDate, formatNumber } = useFormatters();
  const marking = useMarkingCommands();
  const save = useSaveAction();
  const feedbackId = useId();
  const { total, assessment } = work;
  const result = total.result;
  const [ticked, setTicked] = useState<ReadonlyArray<readonly [number, number]>>(result?.descriptorsReached ?? []);
  const [feedback, setFeedback] = useState(work.feedback?.text ?? '');
  const [late, setLate] = useState<LateDecision | undefined>(result?.lateDecision);
  const isTicked = (c: number, d: number) => ticked.some(([x, y]) => x === c && y === d);
  const rubricPoints = ticked.reduce((sum, [c, d]) => sum + (assessment.criteria[c]?.descriptors[d]?.points ?? 0), 0);
  const pupilName = work.pupil ? fullName(work.pupil) : t('unknownPupilLabel');
  const writtenOf = (taskId: string) => total.attempt.writtenResponses?.find((w) => w.taskId === taskId)?.text;

  return (
    <li className="panel mark-card">
      <h3>
        {pupilName} · {assessment.title}
      </h3>
      <p className="hint">
        {t('submittedAtLabel', { when: formatDate(total.submittedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
        {total.late ? ` · ${t('lateBadgeLabel')}` : ''}
      </p>
      <p>
        {result?.autoPoints !== undefined
          ? t('itemsScoreMessage', { points: formatNumber(result.autoPoints), max: formatNumber(result.autoMaxPoints ?? 0) })
          : t('notScoredYetMessage')}
      </p>
      {work.editedItems.length > 0 && (
        <p className="notice" role="note">
          {t('editedItemsMessage', { count: work.editedItems.length })}
        </p>
      )}
      {(assessment.writtenTasks ?? []).map((task) => (
        <div key={task.id} className="written-answer">
          <p className="written-task">{task.prompt}</p>
          <blockquote>{writtenOf(task.id) ?? t('noWrittenAnswerMessage')}</blockquote>
        </div>
      ))}
      {assessment.criteria.map((c, ci) => (
        <fieldset key={ci} className="choice-group">
          <legend>{c.text}</legend>
          {c.descriptors.map((d, di) => (
            <label key={di} className="choice">
              <input
                type="checkbox"
                checked={isTicked(ci, di)}
                onChange={(e) => setTicked(e.target.checked ? [...ticked, [ci, di]] : ticked.filter(([x, y]) => !(x === ci && y === di)))}
              />
              {d.text} ({t('pointsValueLabel', { count: d.points })})
            </label>
          ))}
        </fieldset>
      ))}
      {assessment.criteria.length > 0 && <p role="status">{t('rubricPointsMessage', { points: formatNumber(rubricPoints) })}</p>}
      <div className="field">
        <label htmlFor={feedbackId}>{t('feedbackFieldLabel', { name: pupilName })}</label>
        <textarea id={feedbackId} rows={3} value={feedback} onChange={(e) => setFeedback(e.target.value)} />
      </div>
      {total.late && (
        <fieldset className="choice-group">
          <legend>{t('lateDecisionFieldLabel')}</legend>
          <div className="choice-grid">
            {(['accepted', 'refused'] as const).map((decision) => (
              <label key={decision} className="choice">
                <input type="radio" name={`${feedbackId}-late`} checked={late === decision} onChange={() => setLate(decision)} />
                {decision === 'accepted' ? t('acceptLateLabel') : t('refuseLateLabel')}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <WriteProblems error={save.error} />
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={save.isSaving}
          onClick={async () => {
            // A marked attempt leaves the queue: the panel says it was saved.
            if (
              await save.run(() => marking.markAttempt(total.id, { markedById: staffId, descriptorsReached: ticked, feedback, lateDecision: late }))
            )
              onMarked(pupilName);
          }}
        >
          {t('saveMarkingAction', { name: pupilName })}
        </button>
      </div>
    </li>
  );
}
