/**
 * The Timetable screen (head): for a chosen class set, its weekly lessons (weekday, lesson
 * number, subject, teacher, assistant teacher, teaching mode) and one-off changes for a
 * date (substitute, cancelled lesson, extra lesson); below, the academic year's quarters,
 * school week and holidays. Today, the registers and reports all follow from these.
 */
import { useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { currentAcademicYear } from '@/client/setup/currentAcademicYear';
import { schoolToday } from '@/client/setup/schoolToday';
import { useSchoolSetup } from '@/client/setup/useSchoolSetup';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { EmptyState } from '@/ui/components/EmptyState';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { SelectField } from '@/ui/components/form/SelectField';
import '../schoolSetup/setup.css';
import { AcademicYearForm } from './AcademicYearForm';
import { DayChanges } from './DayChanges';
import { useSetupNames } from './useSetupNames';
import { WeeklyTimetable } from './WeeklyTimetable';

const FIVE_DAY_WEEK = [1, 2, 3, 4, 5];

export default function TimetableScreen() {
  const { t } = useTranslation(['timetable', 'common']);
  const user = useSessionStore(selectUser);
  const setup = useSchoolSetup();
  const names = useSetupNames(setup?.subjects ?? [], setup?.staff ?? []);
  const [chosenId, setChosenId] = useState('');
  if (!user) return null;
  if (setup === undefined) {
    return (
      <ScreenLayout title={t('screenTitle')}>
        <p className="screen-loading">{t('common:loadingMessage')}</p>
      </ScreenLayout>
    );
  }
  const today = schoolToday();
  const year = currentAcademicYear(setup.years, today);
  const classSets = setup.classSets.filter((s) => s.status === 'active').sort((a, b) => a.name.localeCompare(b.name, 'kk', { numeric: true }));
  const classSet = classSets.find((s) => s.id === chosenId) ?? classSets[0];
  return (
    <ScreenLayout title={t('screenTitle')}>
      <p className="screen-subtitle">{year ? t('yearSubtitleMessage', { name: year.name }) : user.schoolName}</p>
      {classSet ? (
        <>
          <div className="field-row filter-row">
            <SelectField
              label={t('classSetFieldLabel')}
              value={classSet.id}
              options={classSets.map((s) => ({ value: s.id, label: s.name }))}
              onChange={setChosenId}
            />
          </div>
          <WeeklyTimetable key={classSet.id} classSet={classSet} weekdays={year?.schoolWeek ?? FIVE_DAY_WEEK} names={names} />
          <DayChanges key={`day-${classSet.id}`} classSet={classSet} year={year} names={names} />
        </>
      ) : (
        <EmptyState title={t('noClassSetsTitle')} message={t('noClassSetsMessage')} />
      )}
      <AcademicYearForm key={year?.id ?? 'new'} year={year} today={today} />
    </ScreenLayout>
  );
}
