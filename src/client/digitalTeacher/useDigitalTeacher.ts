/** The Digital teacher screen's live reads. */
import { useLiveRead } from '../workspace/useLiveRead';
import { readGroupAssignments } from './groupAssignments';
import { readGroupLessonPlans } from './groupLessonPlans';
import { readGroupPage } from './readGroupPage';
import { readGrowthReport } from './readGrowthReport';
import { readProgramme } from './readProgramme';

export type { Programme, ProgrammeGroup, ProgrammePupil } from './readProgramme';
export type { GroupPage, GroupPageLesson, GroupPagePupil } from './readGroupPage';
export type { GrowthReport } from './readGrowthReport';
export type { GroupLessonPlans, LinkedPlan } from './groupLessonPlans';
export type { GroupAssignments, GroupTask } from './groupAssignments';
export { ProgrammeRefusal } from './programmeRefusal';

export const useProgramme = (schoolId: string, today: string) => useLiveRead((db) => readProgramme(db, schoolId, today), [schoolId, today]);

export const useGroupPage = (schoolId: string, groupId: string | undefined, today: string) =>
  useLiveRead((db) => (groupId ? readGroupPage(db, schoolId, groupId, today) : Promise.resolve(null)), [schoolId, groupId, today]);

export const useGrowthReport = (schoolId: string) => useLiveRead((db) => readGrowthReport(db, schoolId), [schoolId]);
export { useDigitalTeacherCommands } from './digitalTeacherCommands';

export const useGroupLessonPlans = (groupId: string) => useLiveRead((db) => readGroupLessonPlans(db, groupId), [groupId]);

export const useGroupAssignments = (schoolId: string, groupId: string) =>
  useLiveRead((db) => readGroupAssignments(db, schoolId, groupId), [schoolId, groupId]);
