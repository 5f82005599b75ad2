/** The Digital teacher screen's live reads. */
import { useLiveRead } from '../workspace/useLiveRead';
import { readGroupPage } from './readGroupPage';
import { readGrowthReport } from './readGrowthReport';
import { readProgramme } from './readProgramme';

export type { Programme, ProgrammeGroup, ProgrammePupil } from './readProgramme';
export type { GroupPage, GroupPageLesson, GroupPagePupil } from './readGroupPage';
export type { GrowthReport } from './readGrowthReport';
export { ProgrammeRefusal } from './programmeRefusal';

export const useProgramme = (schoolId: string, today: string) => useLiveRead((db) => readProgramme(db, schoolId, today), [schoolId, today]);

export const useGroupPage = (schoolId: string, groupId: string | undefined, today: string) =>
  useLiveRead((db) => (groupId ? readGroupPage(db, schoolId, groupId, today) : Promise.resolve(null)), [schoolId, groupId, today]);

export const useGrowthReport = (schoolId: string) => useLiveRead((db) => readGrowthReport(db, schoolId), [schoolId]);
export { useDigitalTeacherCommands } from './digitalTeacherCommands';
