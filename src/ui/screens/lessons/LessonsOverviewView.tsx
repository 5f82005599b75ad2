/**
 * One subject in one class set: the year's КТЖ (start, copy, import or edit it), each
 * quarter's balance of planned hours and real lessons, the topics behind the calendar, and
 * the quarter's lessons with their planned topics and short-term plans.
 */
import { useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { TeachingChoice } from '@/client/lessons/readTeachingChoices';
import { useLessonsOverview } from '@/client/lessons/usePlanning';
import type { SignedInUser } from '@/client/stores/sessionStore';
import type { IsoDate } from '@/domain/dates';
import { CalendarPlanPanel } from './CalendarPlanPanel';
import { QuarterLessons } from './QuarterLessons';
import { QuarterBalances } from './QuarterBalances';

export function LessonsOverviewView({
  user,
  choice,
  grade,
  today,
  focusLessonId,
  planHref,
}: {
  user: SignedInUser;
  choice: TeachingChoice;
  grade: number;
  today: IsoDate;
  /** A lesson opened from Today: its quarter is shown and its row marked. */
  focusLessonId?: string | undefined;
  planHref: (lessonPlanId: string, date: IsoDate) => string;
}) {
  const { t } = useTranslation(['lessons', 'common']);
  const query = {
    schoolId: user.schoolId,
    classSetId: choice.classSetId,
    subjectId: choice.subjectId,
    grade,
    academicYearId: choice.academicYearId,
    staffId: user.staffId,
    today,
  };
  const overview = useLessonsOverview(query);
  const [quarter, setQuarter] = useState<number | undefined>();
  if (overview === undefined) return <p className="screen-loading">{t('common:loadingMessage')}</p>;
  if (overview === null) return null;
  const focused = overview.lessons.find((l) => l.lesson.id === focusLessonId);
  const thisQuarter = focused?.lesson.quarter ?? overview.lessons.find((l) => l.lesson.date >= today)?.lesson.quarter ?? 1;
  const shown = quarter ?? thisQuarter;
  return (
    <>
      <CalendarPlanPanel
        overview={overview}
        owner={{ subjectId: query.subjectId, grade, academicYearId: query.academicYearId, authorId: user.staffId ?? '' }}
      />
      {overview.plans.current && <QuarterBalances overview={overview} />}
      <QuarterLessons
        overview={overview}
        choice={choice}
        grade={grade}
        quarter={shown}
        onQuarter={setQuarter}
        today={today}
        focusLessonId={focused?.lesson.id}
        planHref={planHref}
        user={user}
      />
    </>
  );
}
