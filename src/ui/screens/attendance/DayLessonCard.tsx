/**
 * One lesson of a day, as a link to its register (one tap, or Enter): the period, class set
 * or group, subject, how it is taught, its status, the person's part in it, and how far
 * the register is kept. Everything is text, so no state is shown by colour alone.
 */
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { DayLesson } from '@/client/attendance/dayLessons';
import { LESSON_ROLE_LABEL_KEYS, LESSON_STATUS_LABEL_KEYS, MODE_LABEL_KEYS, subjectName } from './attendanceText';

export function DayLessonCard({ lesson, href }: { lesson: DayLesson; href: string }) {
  const { t } = useTranslation(['attendance']);
  const status = lesson.session.status;
  return (
    <a className={`lesson-card lesson-${status}`} href={href} data-session-id={lesson.id}>
      <span className="lesson-period">{t('periodLabel', { period: lesson.session.period })}</span>
      <span className="lesson-main">
        <span className="lesson-subject">{subjectName(lesson.subjectNames, currentLanguage())}</span>
        <span className="lesson-audience">{lesson.audienceName}</span>
      </span>
      <span className="lesson-facts">
        <span>{t(MODE_LABEL_KEYS[lesson.session.mode])}</span>
        {lesson.role && <span>{t(LESSON_ROLE_LABEL_KEYS[lesson.role])}</span>}
        <span className="lesson-status">{t(LESSON_STATUS_LABEL_KEYS[status])}</span>
      </span>
      <span className="lesson-marks">
        {t('markedCountMessage', { marked: lesson.marked, pupils: lesson.pupils })}
        {lesson.missed > 0 && <span> · {t('missedCountMessage', { count: lesson.missed })}</span>}
        {lesson.late > 0 && <span> · {t('lateCountMessage', { count: lesson.late })}</span>}
      </span>
    </a>
  );
}
