/**
 * The files a teacher's next lessons use, for background downloads while the link is up:
 * the teacher's lessons of the next school days (their own, as teacher, assistant or
 * substitute), each lesson's short-term plan, and the files its stages use that may be
 * kept offline, in lesson order, each once. `pickWithin` then keeps to the school's limit.
 */
import { isSchoolDay } from '@/domain/academicCalendar';
import { addDays, type IsoDate } from '@/domain/dates';
import { isOfflineCapable, type ResourceFile } from '@/domain/entities/resource';
import { DEFAULT_FILE_PREFETCH_MEGABYTES } from '@/domain/entities/school';
import { LessonScope, readDaySessions } from '../attendance/dayLessons';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import { lessonPlanIdOf } from '../lessons/lessonPlanWrites';

/** School days ahead to look at: tomorrow's lessons and the next day's. */
export const PREFETCH_SCHOOL_DAYS = 2;
/** How far to look for them (a holiday week in between). */
const LOOKAHEAD_DAYS = 14;

export interface UpcomingFiles {
  readonly files: readonly ResourceFile[];
  /** The school's limit for background downloads, bytes (0: off). */
  readonly limitBytes: number;
}

export async function readUpcomingLessonFiles(db: SandyqDb, schoolId: string, staffId: string, today: IsoDate): Promise<UpcomingFiles> {
  const school = await liveRows(db, 'schools').get(schoolId);
  const limitBytes = (school?.filePrefetchMegabytes ?? DEFAULT_FILE_PREFETCH_MEGABYTES) * 1_000_000;
  const sessionIds: string[] = [];
  let schoolDays = 0;
  for (let d = 1; d <= LOOKAHEAD_DAYS && schoolDays < PREFETCH_SCHOOL_DAYS; d++) {
    const date = addDays(today, d);
    const { sessions, year } = await readDaySessions(db, { schoolId, date, scope: LessonScope.mine, staffId });
    if (!year || !isSchoolDay(date, year)) continue;
    schoolDays++;
    sessionIds.push(...sessions.map((s) => s.id));
  }
  const plans = await liveRows(db, 'lessonPlans').bulkGet(sessionIds.map(lessonPlanIdOf));
  const order = new Map(sessionIds.map((id, i) => [lessonPlanIdOf(id), i]));
  plans.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const resourceIds = [...new Set(plans.flatMap((p) => p.stages.flatMap((s) => s.resourceIds)))];
  const resources = new Map((await liveRows(db, 'resources').bulkGet(resourceIds)).map((r) => [r.id, r]));
  const files = new Map<string, ResourceFile>();
  for (const id of resourceIds) {
    const r = resources.get(id);
    if (r && isOfflineCapable(r)) files.set(r.file!.sha256, r.file!);
  }
  return { files: [...files.values()], limitBytes };
}

/** The files not kept yet, in order, while their total stays within the limit (a file too large is skipped). */
export function pickWithin(files: readonly ResourceFile[], isKept: (sha256: string) => boolean, limitBytes: number): ResourceFile[] {
  const picked: ResourceFile[] = [];
  let total = 0;
  for (const f of files) {
    if (isKept(f.sha256) || total + f.size > limitBytes) continue;
    picked.push(f);
    total += f.size;
  }
  return picked;
}
