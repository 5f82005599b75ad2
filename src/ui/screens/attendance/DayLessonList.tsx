/**
 * A day's lessons as a list of links to their registers, optionally under a heading per
 * class set (the whole school's day), or a plain list (one person's day).
 */
import type { DayLesson } from '@/client/attendance/dayLessons';
import { DayLessonCard } from './DayLessonCard';

export function DayLessonList({
  lessons,
  hrefOf,
  byAudience = false,
}: {
  lessons: readonly DayLesson[];
  hrefOf: (lesson: DayLesson) => string;
  byAudience?: boolean;
}) {
  if (!byAudience) return <LessonItems lessons={lessons} hrefOf={hrefOf} />;
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
            <LessonItems lessons={own} hrefOf={hrefOf} />
          </section>
        );
      })}
    </>
  );
}

function LessonItems({ lessons, hrefOf }: { lessons: readonly DayLesson[]; hrefOf: (lesson: DayLesson) => string }) {
  return (
    <ul className="lesson-list">
      {lessons.map((lesson) => (
        <li key={lesson.id}>
          <DayLessonCard lesson={lesson} href={hrefOf(lesson)} />
        </li>
      ))}
    </ul>
  );
}
