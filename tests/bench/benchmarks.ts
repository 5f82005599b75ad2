/** Every benchmark `npm run bench` runs, in order. Add a module here to register one. */
import { lighthouseScores } from './lighthouse';
import type { Benchmark } from './benchmark';
import { classTest } from './classTest';
import { coldLoad } from './coldLoad';
import { districtView } from './districtView';
import { firstVisitBytes } from './firstVisitBytes';
import { gradebookOpen } from './gradebookOpen';
import { lessonFiles } from './lessonFiles';
import { registerOpen } from './registerOpen';
import { syncRegionMorning } from './syncRegionMorning';
import { syncSchoolDay } from './syncSchoolDay';
import { syncSchoolTerm } from './syncSchoolTerm';
import { usbBundle } from './usbBundle';
import { warmStartOffline } from './warmStartOffline';

export const benchmarks: readonly Benchmark[] = [
  firstVisitBytes,
  coldLoad,
  warmStartOffline,
  syncSchoolDay,
  syncSchoolTerm,
  syncRegionMorning,
  usbBundle,
  registerOpen,
  lessonFiles,
  classTest,
  gradebookOpen,
  districtView,
  lighthouseScores,
];
