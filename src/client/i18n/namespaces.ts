/**
 * i18next namespaces: one per screen, plus the few the shell needs before any screen.
 * Each is a file `locales/<language>/<namespace>.json`; the build bundles a language's files
 * into two chunks (the boot namespaces below, and the rest).
 */
export const Namespace = {
  common: 'common',
  shell: 'shell',
  errors: 'errors',
  signIn: 'signIn',
  sync: 'sync',
  settings: 'settings',
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
  parentReports: 'parentReports',
  journal: 'journal',
  selfStudy: 'selfStudy',
  myResults: 'myResults',
  bundles: 'bundles',
  digitalTeacher: 'digitalTeacher',
  district: 'district',
  connectivity: 'connectivity',
  /**
   * Why a record cannot be saved: the field codes of `ValidationCode` and the setup rules
   * of `SetupErrorReason`, shared by every screen with forms (loaded with those screens).
   */
  validation: 'validation',
} as const;
export type Namespace = (typeof Namespace)[keyof typeof Namespace];

export const NAMESPACES: readonly Namespace[] = Object.values(Namespace);

/**
 * Loaded before the first render, so nothing appears in the wrong language and a fatal
 * error can always be explained in the user's language (`errors` is here for that).
 */
export const BOOT_NAMESPACES: readonly Namespace[] = [Namespace.common, Namespace.shell, Namespace.errors];
