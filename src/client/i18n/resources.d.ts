/**
 * Types every `t('…')` call against the Kazakh files (the default language, and the
 * reference every other language must match), so a misspelt key fails the type check.
 */
import type achievement from '../../../locales/kk/achievement.json';
import type assessments from '../../../locales/kk/assessments.json';
import type attendance from '../../../locales/kk/attendance.json';
import type bundles from '../../../locales/kk/bundles.json';
import type common from '../../../locales/kk/common.json';
import type connectivity from '../../../locales/kk/connectivity.json';
import type digitalTeacher from '../../../locales/kk/digitalTeacher.json';
import type district from '../../../locales/kk/district.json';
import type errors from '../../../locales/kk/errors.json';
import type gradebook from '../../../locales/kk/gradebook.json';
import type journal from '../../../locales/kk/journal.json';
import type lessons from '../../../locales/kk/lessons.json';
import type library from '../../../locales/kk/library.json';
import type myResults from '../../../locales/kk/myResults.json';
import type parentReports from '../../../locales/kk/parentReports.json';
import type people from '../../../locales/kk/people.json';
import type reports from '../../../locales/kk/reports.json';
import type schoolSetup from '../../../locales/kk/schoolSetup.json';
import type selfStudy from '../../../locales/kk/selfStudy.json';
import type settings from '../../../locales/kk/settings.json';
import type shell from '../../../locales/kk/shell.json';
import type signIn from '../../../locales/kk/signIn.json';
import type sync from '../../../locales/kk/sync.json';
import type timetable from '../../../locales/kk/timetable.json';
import type today from '../../../locales/kk/today.json';
import type validation from '../../../locales/kk/validation.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    returnNull: false;
    resources: {
      achievement: typeof achievement;
      assessments: typeof assessments;
      attendance: typeof attendance;
      bundles: typeof bundles;
      common: typeof common;
      connectivity: typeof connectivity;
      digitalTeacher: typeof digitalTeacher;
      district: typeof district;
      errors: typeof errors;
      gradebook: typeof gradebook;
      journal: typeof journal;
      lessons: typeof lessons;
      library: typeof library;
      myResults: typeof myResults;
      parentReports: typeof parentReports;
      people: typeof people;
      reports: typeof reports;
      schoolSetup: typeof schoolSetup;
      selfStudy: typeof selfStudy;
      settings: typeof settings;
      shell: typeof shell;
      signIn: typeof signIn;
      sync: typeof sync;
      timetable: typeof timetable;
      today: typeof today;
      validation: typeof validation;
    };
  }
}
