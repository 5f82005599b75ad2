/**
 * One-off changes for a date (default today): the class set's lessons of that day as
 * Today and the register see them, each of which can get a substitute or be cancelled,
 * and extra lessons added. Stored as lesson sessions; the weekly timetable is untouched.
 */
import { useId, useState } from 'react';
import type { ClassSetRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import { schoolToday } from '@/client/setup/schoolToday';
import { useClassSetDay } from '@/client/setup/useClassSetDay';
import { isSchoolDay } from '@/domain/academicCalendar';
import { isIsoDate } from '@/domain/dates';
import type { SchoolYearCalendar } from '@/domain/timetable/sessionsOfDay';
import { DateField } from '@/ui/components/DateField';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { DayLessonRow } from './DayLessonRow';
import { ExtraLessonForm } from './ExtraLessonForm';
import type { SetupNames } from './useSetupNames';

export function DayChanges({ classSet, year, names }: { classSet: ClassSetRow; year: SchoolYearCalendar | undefined; names: SetupNames }) {
  const { t } = useTranslation('timetable');
  const headingId = useId();
  const captionId = useId();
  const [date, setDate] = useState(schoolToday());
  const day = isIsoDate(date) ? date : schoolToday();
  const lessons = useClassSetDay(classSet.id, day, year);
  const save = useSaveAction();
  const isLessonDay = year !== undefined && isSchoolDay(day, year);
  return (
    <section className="setup-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dayChangesTitle', { name: classSet.name })}</h2>
      <p className="hint">{t('dayChangesHintMessage')}</p>
      <div className="field-row">
        <DateField label={t('dayFieldLabel')} value={date} onChange={setDate} />
      </div>
      {!isLessonDay && <p className="hint">{t('notSchoolDayMessage')}</p>}
      {lessons !== undefined && lessons.length > 0 && (
        <div className="table-frame">
          <table className="data-table" aria-describedby={captionId}>
            <caption id={captionId}>{t('dayLessonsTitle', { name: classSet.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('periodFieldLabel')}</th>
                <th scope="col">{t('subjectFieldLabel')}</th>
                <th scope="col">{t('teacherFieldLabel')}</th>
                <th scope="col">{t('statusColumnLabel')}</th>
                <th scope="col">{t('changeColumnLabel')}</th>
              </tr>
            </thead>
            <tbody>
              {lessons.map((lesson) => (
                <DayLessonRow key={lesson.id} lesson={lesson} names={names} run={save.run} isSaving={save.isSaving} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {lessons !== undefined && lessons.length === 0 && isLessonDay && <p className="hint">{t('noLessonsThatDayMessage')}</p>}
      <WriteProblems error={save.error} />
      <p className="field-status" role="status">
        {save.state.status === 'saved' ? t('changeSavedMessage') : ''}
      </p>
      <ExtraLessonForm key={`${classSet.id}-${day}`} classSet={classSet} date={day} dayLessons={lessons ?? []} names={names} />
    </section>
  );
}
