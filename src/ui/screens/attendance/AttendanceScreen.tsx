/**
 * Attendance, for the head and the assistant teachers: every lesson of the school on a
 * day, under its class set, each opening its register (keep it, correct it, settle a
 * conflict). The day and the open register are kept in the address.
 */
import { LessonScope, type DayLesson } from '@/client/attendance/dayLessons';
import { useDayLessons } from '@/client/attendance/useDayLessons';
import { useTranslation } from '@/client/i18n/useTranslation';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { DayLessonList } from './DayLessonList';
import { DayPicker } from './DayPicker';
import { NoLessons } from './NoLessons';
import { RegisterView } from './RegisterView';
import { dateOrToday } from '@/ui/components/schoolDates';
import { useScreenParams } from '@/ui/navigation/useScreenParams';
import './attendance.css';

export default function AttendanceScreen() {
  const { t } = useTranslation(['attendance', 'common']);
  const user = useSessionStore(selectUser);
  const params = useScreenParams();
  const date = dateOrToday(params.get('date'));
  const sessionId = params.get('session');
  const day = useDayLessons({ schoolId: user?.schoolId ?? '', date, scope: LessonScope.school });
  if (!user) return null;
  return (
    <ScreenLayout title={t('screenTitle')}>
      {sessionId !== undefined ? (
        <RegisterView user={user} sessionId={sessionId} date={date} backHref={params.href({ session: undefined })} />
      ) : (
        <>
          <DayPicker date={date} onChange={(next) => params.set({ date: next }, { replace: true })} />
          {day === undefined ? (
            <p className="screen-loading">{t('common:loadingMessage')}</p>
          ) : day.lessons.length === 0 ? (
            <NoLessons day={day} title={t('noLessonsTitle')} />
          ) : (
            <DayLessonList lessons={day.lessons} byAudience hrefOf={(lesson: DayLesson) => params.href({ date, session: lesson.id })} />
          )}
        </>
      )}
    </ScreenLayout>
  );
}
