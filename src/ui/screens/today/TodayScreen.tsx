/**
 * The day of a teacher or an assistant: their own lessons (as teacher, assistant or
 * substitute), from the timetable and its one-off changes, each with how far its register
 * is kept; one tap or Enter opens the register. Another day can be picked to look back or
 * ahead. The register's words are in the `attendance` namespace, loaded with this one.
 */
import { LessonScope, type DayLesson } from '@/client/attendance/dayLessons';
import { useDayLessons } from '@/client/attendance/useDayLessons';
import { useTranslation } from '@/client/i18n/useTranslation';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { ROLE_SCREENS, Screen } from '@/ui/navigation/screens';
import { DayLessonList } from '../attendance/DayLessonList';
import { DayPicker } from '../attendance/DayPicker';
import { NoLessons } from '../attendance/NoLessons';
import { RegisterView } from '../attendance/RegisterView';
import { dateOrToday } from '@/ui/components/schoolDates';
import { screenAddress, useScreenParams } from '@/ui/navigation/useScreenParams';

export default function TodayScreen() {
  const { t } = useTranslation(['today', 'attendance', 'common']);
  const user = useSessionStore(selectUser);
  const params = useScreenParams();
  const date = dateOrToday(params.get('date'));
  const sessionId = params.get('session');
  const day = useDayLessons({ schoolId: user?.schoolId ?? '', date, scope: LessonScope.mine, staffId: user?.staffId });
  if (!user) return null;
  const mayOpenAllRegisters = ROLE_SCREENS[user.role].includes(Screen.attendance);
  const mayPlanLessons = ROLE_SCREENS[user.role].includes(Screen.lessons);
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
            <NoLessons day={day} title={t('emptyStateTitle')} schoolDayMessage={t('emptyStateMessage')} />
          ) : (
            <DayLessonList
              lessons={day.lessons}
              hrefOf={(lesson: DayLesson) => params.href({ date, session: lesson.id })}
              planHrefOf={
                mayPlanLessons
                  ? (lesson: DayLesson) =>
                      screenAddress(Screen.lessons, {
                        classSet: lesson.session.classSetId,
                        subject: lesson.session.subjectId,
                        lesson: lesson.id,
                        date,
                      })
                  : undefined
              }
            />
          )}
          {mayOpenAllRegisters && day?.isSchoolDay === true && (
            <p className="screen-more">
              <a className="button" href={screenAddress(Screen.attendance, { date })}>
                {t('allRegistersAction')}
              </a>
            </p>
          )}
        </>
      )}
    </ScreenLayout>
  );
}
