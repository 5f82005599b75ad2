/**
 * One lazily loaded chunk per screen. Its namespace loads alongside its code rather than
 * after it (no second round trip over a satellite link), and both are precached by the
 * service worker, so a screen never opened online still opens offline.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { loadNamespace } from '@/client/i18n/i18n';
import type { Namespace } from '@/client/i18n/namespaces';
import type { Screen } from './screens';

type ScreenModule = { default: ComponentType };

function lazyScreen(namespace: Namespace, load: () => Promise<ScreenModule>): LazyExoticComponent<ComponentType> {
  return lazy(async () => (await Promise.all([load(), loadNamespace(namespace)]))[0]);
}

export const SCREEN_COMPONENTS: Record<Screen, LazyExoticComponent<ComponentType>> = {
  today: lazyScreen('today', () => import('../screens/today/TodayScreen')),
  schoolSetup: lazyScreen('schoolSetup', () => import('../screens/schoolSetup/SchoolSetupScreen')),
  people: lazyScreen('people', () => import('../screens/people/PeopleScreen')),
  timetable: lazyScreen('timetable', () => import('../screens/timetable/TimetableScreen')),
  attendance: lazyScreen('attendance', () => import('../screens/attendance/AttendanceScreen')),
  reports: lazyScreen('reports', () => import('../screens/reports/ReportsScreen')),
  lessons: lazyScreen('lessons', () => import('../screens/lessons/LessonsScreen')),
  library: lazyScreen('library', () => import('../screens/library/LibraryScreen')),
  assessments: lazyScreen('assessments', () => import('../screens/assessments/AssessmentsScreen')),
  gradebook: lazyScreen('gradebook', () => import('../screens/gradebook/GradebookScreen')),
  achievement: lazyScreen('achievement', () => import('../screens/achievement/AchievementScreen')),
  digitalTeacher: lazyScreen('digitalTeacher', () => import('../screens/digitalTeacher/DigitalTeacherScreen')),
  district: lazyScreen('district', () => import('../screens/district/DistrictScreen')),
  connectivity: lazyScreen('connectivity', () => import('../screens/connectivity/ConnectivityScreen')),
  parentReports: lazyScreen('parentReports', () => import('../screens/parentReports/ParentReportsScreen')),
  journal: lazyScreen('journal', () => import('../screens/journal/JournalScreen')),
  selfStudy: lazyScreen('selfStudy', () => import('../screens/selfStudy/SelfStudyScreen')),
  myResults: lazyScreen('myResults', () => import('../screens/myResults/MyResultsScreen')),
  bundles: lazyScreen('bundles', () => import('../screens/bundles/BundlesScreen')),
  settings: lazyScreen('settings', () => import('../screens/settings/SettingsScreen')),
};
