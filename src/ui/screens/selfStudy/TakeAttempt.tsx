/**
 * Taking a test, one item at a time. Each answer is stored on the laptop as it is given (a
 * choice at once, a typed answer when the pupil leaves the field), so closing the lid or the
 * browser loses nothing: the test reopens at the same item. A self-check item says at once
 * whether the answer is right, with its explanation; a summative says nothing until the
 * teacher's results come back. A time limit counts from the start, by the clock: when it
 * runs out, the work is handed in as it stands.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useAttemptCommands, type AnswerOutcome } from '@/client/selfStudy/attemptCommands';
import { useAttemptPaper } from '@/client/selfStudy/useSelfStudy';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { ItemView } from '@/ui/components/items/ItemView';
import { AttemptTimer } from './AttemptTimer';

type Submitted = { readonly selfCheck: boolean; readonly score?: number | undefined; readonly max: number };

export function TakeAttempt({ attemptId, onLeave }: { attemptId: string; onLeave: () => void }) {
  const { t } = useTranslation(['selfStudy']);
  const { formatNumber } = useFormatters();
  const paper = useAttemptPaper(attemptId);
  const commands = useAttemptCommands();
  const save = useSaveAction();
  const writtenId = useId();
  const [outcomes, setOutcomes] = useState<Record<string, AnswerOutcome>>({});
  const [submitted, setSubmitted] = useState<Submitted | undefined>();
  const [written, setWritten] = useState<Record<string, string>>({});
  const shownAt = useRef(Date.now());
  const submitting = useRef(false);
  // The place is the screen's own at once (quick taps never lose a step) and stored behind it, for a resume.
  const [shown, setShown] = useState<number | undefined>();
  const position = shown ?? paper?.draft.position ?? 0;
  useEffect(() => {
    shownAt.current = Date.now();
  }, [position]);
  useEffect(() => {
    if (paper) setWritten((w) => ({ ...paper.draft.written, ...w }));
    // Only when another attempt opens: typing must not be overwritten by the stored text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [paper?.draft.id]);

  if (submitted) {
    return (
      <section className="panel attempt-done" aria-live="polite">
        <h2>{t('submittedTitle')}</h2>
        <p>
          {submitted.selfCheck && submitted.score !== undefined
            ? t('selfCheckScoreMessage', { points: formatNumber(submitted.score), max: formatNumber(submitted.max) })
            : t('waitingForTeacherMessage')}
        </p>
        <button type="button" className="button button-primary" onClick={onLeave}>
          {t('backToTasksAction')}
        </button>
      </section>
    );
  }
  if (paper === undefined) return <p className="screen-loading">{t('loadingMessage')}</p>;
  if (paper === null)
    return (
      <section className="panel">
        <p>{t('attemptClosedMessage')}</p>
        <button type="button" className="button button-primary" onClick={onLeave}>
          {t('backToTasksAction')}
        </button>
      </section>
    );
  const { draft, assessment, items } = paper;
  const tasks = assessment.writtenTasks ?? [];
  const pages = items.length + (tasks.length > 0 ? 1 : 0);
  const item = items[position];
  const outcome = item ? outcomes[item.id] : undefined;
  const isSelfCheck = assessment.selfCheck === true;

  const submit = async (timedOut = false) => {
    // Once: the timer and a tap can both hand the work in. The button is never disabled while
    // saving: leaving the text field saves it, and the tap that left it must still hand in.
    if (submitting.current) return;
    submitting.current = true;
    for (const [taskId, text] of Object.entries(written))
      if (text !== (draft.written[taskId] ?? '')) await commands.writeTask(attemptId, taskId, text);
    const done = await save.run(() => commands.submitAttempt(attemptId, { timedOut }));
    submitting.current = done;
    if (done) {
      const score = isSelfCheck ? Object.values(outcomes).reduce((sum, o) => sum + (o.points ?? 0), 0) : undefined;
      setSubmitted({ selfCheck: isSelfCheck, score, max: draft.maxScore });
    }
  };
  const go = (next: number) => {
    const to = Math.max(0, Math.min(pages - 1, next));
    setShown(to);
    void save.run(() => commands.moveTo(attemptId, to));
  };

  return (
    <section className="attempt" aria-label={assessment.title}>
      <header className="attempt-head">
        <h2>{assessment.title}</h2>
        {draft.deadlineAt !== undefined && <AttemptTimer deadlineAt={draft.deadlineAt} onTimeUp={() => void submit(true)} />}
        <p className="hint">{t('progressLabel', { done: Object.keys(draft.responses).length, total: items.length })}</p>
      </header>
      {item ? (
        <div className="panel attempt-item">
          <ItemView
            key={item.id}
            item={item}
            number={position + 1}
            media={paper.media.get(item.id)}
            value={draft.responses[item.id]}
            onChange={(response) =>
              void save.run(async () => {
                const result = await commands.answerItem(attemptId, item.id, response, Date.now() - shownAt.current);
                setOutcomes((o) => ({ ...o, [item.id]: result }));
              })
            }
          />
          <div aria-live="polite">
            {isSelfCheck && outcome?.isCorrect !== undefined && (
              <div className={outcome.isCorrect ? 'feedback-right' : 'feedback-wrong'}>
                <p>{outcome.isCorrect ? t('rightAnswerMessage') : t('wrongAnswerMessage')}</p>
                {outcome.explanation && <p>{outcome.explanation}</p>}
              </div>
            )}
          </div>
        </div>
      ) : (
        <div className="panel attempt-written">
          {tasks.map((task, i) => (
            <div key={task.id} className="field">
              <label htmlFor={`${writtenId}-${task.id}`}>
                {t('writtenTaskLabel', { number: i + 1 })} {task.prompt}
              </label>
              <textarea
                id={`${writtenId}-${task.id}`}
                rows={6}
                value={written[task.id] ?? ''}
                onChange={(e) => setWritten({ ...written, [task.id]: e.target.value })}
                onBlur={() => void save.run(() => commands.writeTask(attemptId, task.id, written[task.id] ?? ''))}
              />
            </div>
          ))}
        </div>
      )}
      <WriteProblems error={save.error} />
      <nav className="attempt-nav" aria-label={t('attemptNavigationTitle')}>
        <button type="button" className="button" disabled={position === 0} onClick={() => go(position - 1)}>
          {t('previousAction')}
        </button>
        {position < pages - 1 ? (
          <button type="button" className="button button-primary" onClick={() => go(position + 1)}>
            {t('nextAction')}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={() => void submit()}>
            {t('submitAction')}
          </button>
        )}
        <button type="button" className="button" onClick={onLeave}>
          {t('saveAndLeaveAction')}
        </button>
      </nav>
    </section>
  );
}
