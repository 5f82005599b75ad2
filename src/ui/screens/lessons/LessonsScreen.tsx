/**
 * Lesson planning for a teacher: the calendar-thematic plan (КТЖ) of a subject in a class
 * set laid on the real lessons, and, for one lesson, its short-term plan (ҚМЖ). What is
 * open lives in the address (`?classSet=…&subject=…&grade=…`, `&plan=…` for a ҚМЖ), so a
 * reload, the back button and a link from Today land there.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useTeachingChoices } from '@/client/lessons/usePlanning';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { EmptyState } from '@/ui/components/EmptyState';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { schoolToday } from '@/ui/components/schoolDates';
import { useScreenParams } from '@/ui/navigation/useScreenParams';
import { LessonsOverviewView } from './LessonsOverviewView';
import { LessonPlanEditor } from './plan/LessonPlanEditor';
import { TeachingChoicePicker, choiceKey } from './TeachingChoicePicker';
import './lessons.css';

export default function LessonsScreen() {
  const { t } = useTranslation(['lessons', 'common']);
  const user = useSessionStore(selectUser);
  const params = useScreenParams();
  const today = schoolToday();
  const choices = useTeachingChoices(user?.schoolId ?? '', user?.staffId, today);
  const planId = params.get('plan');
  if (!user) return null;
  if (planId !== undefined) {
    return (
      <ScreenLayout title={t('lessonPlanTitle')}>
        <LessonPlanEditor planId={planId} date={params.get('date')} backHref={params.href({ plan: undefined, date: undefined })} />
      </ScreenLayout>
    );
  }
  if (choices === undefined)
    return (
      <ScreenLayout title={t('screenTitle')}>
        <p className="screen-loading">{t('common:loadingMessage')}</p>
      </ScreenLayout>
    );
  if (choices.length === 0)
    return (
      <ScreenLayout title={t('screenTitle')}>
        <EmptyState title={t('noTeachingTitle')} message={t('noTeachingMessage')} />
      </ScreenLayout>
    );
  const wanted = `${params.get('classSet') ?? ''} ${params.get('subject') ?? ''}`;
  const choice = choices.find((c) => choiceKey(c) === wanted) ?? choices[0]!;
  const asked = Number(params.get('grade'));
  const grade = choice.grades.includes(asked) ? asked : choice.grades[0]!;
  return (
    <ScreenLayout title={t('screenTitle')}>
      <TeachingChoicePicker
        choices={choices}
        choice={choice}
        grade={grade}
        onChange={(next, nextGrade) =>
          params.set({ classSet: next.classSetId, subject: next.subjectId, grade: String(nextGrade) }, { replace: true })
        }
      />
      <LessonsOverviewView
        user={user}
        choice={choice}
        grade={grade}
        today={today}
        focusLessonId={params.get('lesson')}
        planHref={(id, date) => params.href({ plan: id, date, lesson: undefined })}
      />
    </ScreenLayout>
  );
}
