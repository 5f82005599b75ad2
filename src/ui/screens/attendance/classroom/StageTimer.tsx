/**
 * The lesson's stages (opening, main stage, consolidation…) with their minutes and who
 * leads each; the assistant starts a stage and the time left counts down beside it, so the
 * hand-over to the online teacher and back happens on time.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { Classroom } from '@/client/classroom/readClassroom';

export function StageTimer({ stages }: { stages: Classroom['stages'] }) {
  const { t } = useTranslation(['attendance']);
  const [running, setRunning] = useState<{ index: number; startedAt: number } | undefined>();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [running]);
  return (
    <ol className="stage-list">
      {stages.map((stage, i) => {
        const isRunning = running?.index === i;
        const left = isRunning ? Math.max(0, stage.minutes * 60_000 - (now - running.startedAt)) : undefined;
        return (
          <li key={i} aria-current={isRunning ? 'step' : undefined}>
            <span className="stage-name">{stage.name}</span>{' '}
            <span className="hint">
              {t('stageMinutesLabel', { count: stage.minutes })}
              {stage.lead ? ` · ${stage.lead === 'assistant' ? t('assistantLeadsLabel') : t('teacherLeadsLabel')}` : ''}
            </span>{' '}
            {left !== undefined ? (
              <span className="stage-left" role="timer">
                {t('stageLeftLabel', { time: `${Math.floor(left / 60_000)}:${String(Math.floor((left % 60_000) / 1_000)).padStart(2, '0')}` })}
              </span>
            ) : (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setNow(Date.now());
                  setRunning({ index: i, startedAt: Date.now() });
                }}
              >
                {t('startStageAction', { name: stage.name })}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
