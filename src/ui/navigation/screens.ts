/**
 * The screens and which role sees which. Each screen is lazily loaded with its own
 * i18next namespace of the same name. Later issues fill the screens; the navigation
 * stays as it is. Settings (the device's storage, the app version) is for everyone; the
 * School screen (`schoolSetup`: class sets, later the school's setup) is for all staff of
 * the school, which only the head may change.
 */
import type { Role } from '@/domain/roles';

export const Screen = {
  today: 'today',
  schoolSetup: 'schoolSetup',
  people: 'people',
  timetable: 'timetable',
  attendance: 'attendance',
  reports: 'reports',
  lessons: 'lessons',
  library: 'library',
  assessments: 'assessments',
  gradebook: 'gradebook',
  achievement: 'achievement',
  digitalTeacher: 'digitalTeacher',
  district: 'district',
  connectivity: 'connectivity',
  parentReports: 'parentReports',
  journal: 'journal',
  selfStudy: 'selfStudy',
  myResults: 'myResults',
  bundles: 'bundles',
  settings: 'settings',
} as const;
export type Screen = (typeof Screen)[keyof typeof Screen];

export const ROLE_SCREENS: Record<Role, readonly Screen[]> = {
  head: [
    Screen.schoolSetup,
    Screen.people,
    Screen.timetable,
    Screen.attendance,
    Screen.reports,
    Screen.gradebook,
    Screen.achievement,
    Screen.digitalTeacher,
    Screen.parentReports,
    Screen.journal,
    Screen.lessons,
    Screen.connectivity,
    Screen.bundles,
    Screen.settings,
  ],
  teacher: [
    Screen.today,
    Screen.lessons,
    Screen.library,
    Screen.assessments,
    Screen.gradebook,
    Screen.parentReports,
    Screen.achievement,
    Screen.digitalTeacher,
    Screen.reports,
    Screen.journal,
    Screen.schoolSetup,
    Screen.connectivity,
    Screen.bundles,
    Screen.settings,
  ],
  assistant: [Screen.today, Screen.attendance, Screen.journal, Screen.schoolSetup, Screen.connectivity, Screen.bundles, Screen.settings],
  pupil: [Screen.selfStudy, Screen.myResults, Screen.bundles, Screen.settings],
  methodologist: [Screen.district, Screen.reports, Screen.settings],
};

export const NAV_LABEL_KEYS = {
  today: 'shell:todayNavLabel',
  schoolSetup: 'shell:schoolSetupNavLabel',
  people: 'shell:peopleNavLabel',
  timetable: 'shell:timetableNavLabel',
  attendance: 'shell:attendanceNavLabel',
  reports: 'shell:reportsNavLabel',
  lessons: 'shell:lessonsNavLabel',
  library: 'shell:libraryNavLabel',
  assessments: 'shell:assessmentsNavLabel',
  gradebook: 'shell:gradebookNavLabel',
  achievement: 'shell:achievementNavLabel',
  digitalTeacher: 'shell:digitalTeacherNavLabel',
  district: 'shell:districtNavLabel',
  connectivity: 'shell:connectivityNavLabel',
  parentReports: 'shell:parentReportsNavLabel',
  journal: 'shell:journalNavLabel',
  selfStudy: 'shell:selfStudyNavLabel',
  myResults: 'shell:myResultsNavLabel',
  bundles: 'shell:bundlesNavLabel',
  settings: 'shell:settingsNavLabel',
} as const satisfies Record<Screen, `shell:${string}NavLabel`>;

export function isScreen(value: string): value is Screen {
  return Object.hasOwn(Screen, value);
}

/** The screen to show: the requested one if the role has it, else the role's first. */
export function screenFor(role: Role, requested: string | undefined): Screen {
  const screens = ROLE_SCREENS[role];
  return requested && isScreen(requested) && screens.includes(requested) ? requested : (screens[0] ?? Screen.settings);
}
