/**
 * A quarter's lessons of the subject in order, each with the КТЖ topics laid on it and its
 * short-term plan: open it, or write it (from the remote-lesson template when the lesson is
 * taught from a hub school or streamed). Past lessons whose topic was not taught are marked.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { TableFrame } from '@/ui/components/TableFrame';
import { usePlanningCommands } from '@/client/lessons/planningCommands';
import type { LessonsOverview, PlannedLesson } from '@/client/lessons/readLessonsOverview';
import type { TeachingChoice } from '@/client/lessons/readTeachingChoices';
import type { SignedInUser } from '@/client/stores/sessionStore';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import type { IsoDate } from '@/domain/dates';
import { LessonMode } from '@/domain/entities/lessonMode';
import { LessonTemplate } from '@/domain/lessons/lessonPlanTemplate';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { useIsoDateFormat } from '@/ui/components/schoolDates';
import { entryObjectiveCodes, entryTitle } from './entryTitle';
import { PLANNING_STEP_LABEL_KEYS } from './plan/planText';

const QUARTERS = [1, 2, 3, 4] as const;

export function QuarterLessons({
  overview,
  choice,
  grade,
  quarter,
  onQuarter,
  today,
  focusLessonId,
  planHref,
  user,
}: {
  overview: LessonsOverview;
  choice: TeachingChoice;
  grade: number;
  quarter: number;
  onQuarter: (quarter: number) => void;
  today: IsoDate;
  focusLessonId?: string | undefined;
  planHref: (lessonPlanId: string, date: IsoDate) => string;
  user: SignedInUser;
}) {
  const { t } = useTranslation(['lessons']);
  const formatDate = useIsoDateFormat();
  const planning = usePlanningCommands();
  const save = useSaveAction();
  const behind = new Set(overview.behind);
  const lessons = overview.lessons.filter((l) => l.lesson.quarter === quarter);
  const numberOf = new Map(overview.lessons.map((l, i) => [l.lesson.id, i + 1]));
  const focusedRow = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    // Opened from Today: bring the lesson into view with its plan action ready for Enter.
    focusedRow.current?.scrollIntoView({ block: 'center' });
    focusedRow.current?.querySelector<HTMLElement>('a, button')?.focus({ preventScroll: true });
  }, [focusLessonId]);

  const writePlan = async (planned: PlannedLesson) => {
    const entries = planned.entries.map((i) => overview.entries[i]).filter((e) => e !== undefined);
    const topic = entries.map(entryTitle).filter(Boolean).join('; ') || t('newLessonTopicLabel');
    const mode = planned.lesson.session.mode;
    let id = '';
    const isDone = await save.run(async () => {
      id = await planning.startLessonPlan({
        sessionId: planned.lesson.id,
        classSetId: choice.classSetId,
        subjectId: choice.subjectId,
        grades: [grade],
        authorId: user.staffId ?? '',
        topic: topic.slice(0, 200),
        objectiveCodes: [...new Set(entries.flatMap(entryObjectiveCodes))],
        template: mode === LessonMode.fromHub || mode === LessonMode.streamed ? LessonTemplate.remote : LessonTemplate.inRoom,
        lessonMinutes: grade === 1 ? 40 : 45,
        stageNames: { opening: t('openingStageNameLabel'), main: t('mainStageNameLabel'), consolidation: t('consolidationStageNameLabel') },
      });
    });
    if (isDone) window.location.hash = planHref(id, planned.lesson.date);
  };

  return (
    <section className="panel" aria-labelledby="quarter-lessons-heading">
      <h2 id="quarter-lessons-heading">{t('lessonsTitle')}</h2>
      <div className="quarter-tabs" role="group" aria-label={t('quarterChoiceLabel')}>
        {QUARTERS.map((q) => (
          <button key={q} type="button" className="button" aria-pressed={q === quarter} onClick={() => onQuarter(q)}>
            {t('quarterLabel', { quarter: q })}
          </button>
        ))}
      </div>
      <WriteProblems error={save.error} />
      {lessons.length === 0 ? (
        <p className="hint">{t('noLessonsInQuarterMessage')}</p>
      ) : (
        <TableFrame label={t('lessonsTitle')}>
          <table className="data-table quarter-lessons">
            <thead>
              <tr>
                <th scope="col">{t('lessonNumberColumnLabel')}</th>
                <th scope="col">{t('dateColumnLabel')}</th>
                <th scope="col">{t('topicColumnLabel')}</th>
                <th scope="col">{t('lessonPlanColumnLabel')}</th>
              </tr>
            </thead>
            <tbody>
              {lessons.map((planned) => {
                const isBehind = planned.lesson.date < today && !planned.taught && planned.entries.some((i) => behind.has(i));
                return (
                  <tr
                    key={planned.lesson.id}
                    className={
                      [isBehind ? 'lesson-behind' : '', planned.lesson.id === focusLessonId ? 'lesson-focused' : ''].join(' ').trim() || undefined
                    }
                    aria-current={planned.lesson.id === focusLessonId ? 'true' : undefined}
                    ref={planned.lesson.id === focusLessonId ? focusedRow : undefined}
                    data-date={planned.lesson.date}
                  >
                    <td>{numberOf.get(planned.lesson.id)}</td>
                    <td>{formatDate(planned.lesson.date)}</td>
                    <td>
                      {planned.entries.length === 0 ? (
                        <span className="hint">{overview.plans.current ? t('spareLessonLabel') : '—'}</span>
                      ) : (
                        planned.entries.map((i) => <div key={i}>{entryTitle(overview.entries[i])}</div>)
                      )}
                      {isBehind && <span className="status-chip status-error">{t('behindChipLabel')}</span>}
                    </td>
                    <td>
                      {planned.lessonPlan ? (
                        <a className="button" href={planHref(planned.lessonPlan.id, planned.lesson.date)}>
                          {t('openLessonPlanAction')} <span className="hint">({t(PLANNING_STEP_LABEL_KEYS[planned.lessonPlan.step])})</span>
                          <span className="visually-hidden"> {formatDate(planned.lesson.date)}</span>
                        </a>
                      ) : (
                        <button type="button" className="button" disabled={save.isSaving} onClick={() => void writePlan(planned)}>
                          {t('writeLessonPlanAction')}
                          <span className="visually-hidden"> {formatDate(planned.lesson.date)}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}
