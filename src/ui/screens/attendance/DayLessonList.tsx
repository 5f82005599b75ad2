/**
 * A day's lessons as a list of links to their registers, optionally under a heading per
 * class set (the whole school's day), or a plain list (one person's day).
 */
import type { DayLesson } from '@/client/attendance/dayLessons';
import { useTranslation } from '@/client/i18n/useTranslation';
import { DayLessonCard } from './DayLessonCard';

export function DayLessonList({
  lessons,
  hrefOf,
  planHrefOf,
  byAudience = false,
}: {
  lessons: readonly DayLesson[];
  hrefOf: (lesson: DayLesson) => string;
  /** Where the lesson's short-term plan opens, for a teacher who plans lessons. */
  planHrefOf?: ((lesson: DayLesson) => string) | undefined;
  byAudience?: boolean;
}) {
  if (!byAudience) return <LessonItems lessons={lessons} hrefOf={hrefOf} planHrefOf={planHrefOf} />;
  const audienceOf = (l: DayLesson) => l.session.classSetId ?? l.session.groupId ?? '';
  const nameOf = (audience: string) => lessons.find((l) => audienceOf(l) === audience)?.audienceName ?? '';
  // Class sets in the order schools name them: "1", "2-3", "4", "5-6", "7-8", "9-11".
  const audiences = [...new Set(lessons.map(audienceOf))].sort((a, b) => nameOf(a).localeCompare(nameOf(b), undefined, { numeric: true }));
  return (
    <>
      {audiences.map((audience) => {
        const own = lessons.filter((l) => audienceOf(l) === audience);
        return (
          <section key={audience} className="lesson-group">
            <h2 className="lesson-group-title">{own[0]?.audienceName}</h2>
            <LessonItems lessons={own} hrefOf={hrefOf} planHrefOf={planHrefOf} />
          </section>
        );
      })}
    </>
  );
}

function LessonItems({
  lessons,
  hrefOf,
  planHrefOf,
}: {
  lessons: readonly DayLesson[];
  hrefOf: (lesson: DayLesson) => string;
  planHrefOf?: ((lesson: DayLesson) => string) | undefined;
}) {
  const { t } = useTranslation(['attendance']);
  return (
    <ul className="lesson-list">
      {lessons.map((lesson) => (
        <li key={lesson.id}>
          <DayLessonCard lesson={lesson} href={hrefOf(lesson)} />
          {planHrefOf && lesson.session.classSetId && (
            <a className="button button-quiet lesson-plan-link" href={planHrefOf(lesson)}>
              {t('lessonPlanAction')}
              <span className="visually-hidden">
                {' '}
                {t('periodLabel', { period: lesson.session.period })}, {lesson.audienceName}
              </span>
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
