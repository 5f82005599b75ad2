/**
 * Lesson observations a member of staff sees: those of their own lessons once shared, and
 * those they recorded (drafts too), newest first; for one lesson plan, or all. The people's
 * names come with them.
 */
import { ObservationStatus } from '@/domain/entities/lessonObservation';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';

export type ObservationRow = RowOf<'lessonObservations'>;

export interface ObservationView {
  readonly observation: ObservationRow;
  readonly teacherName: string;
  readonly observerName: string;
  /** The reader observed this lesson (may edit); otherwise it is theirs to answer. */
  readonly isObserver: boolean;
}

export async function readObservations(db: SandyqDb, staffId: string, lessonPlanId?: string): Promise<ObservationView[]> {
  const [ofMine, byMe] = await Promise.all([
    liveRows(db, 'lessonObservations').where('teacherId', staffId),
    liveRows(db, 'lessonObservations').where('observerId', staffId),
  ]);
  const visible = [...ofMine.filter((o) => o.status === ObservationStatus.shared), ...byMe].filter(
    (o) => lessonPlanId === undefined || o.lessonPlanId === lessonPlanId,
  );
  const staff = await liveRows(db, 'staff').bulkGet(visible.flatMap((o) => [o.teacherId, o.observerId]));
  const nameOf = new Map(staff.map((s) => [s.id, `${s.surname} ${s.name}`]));
  return [...new Map(visible.map((o) => [o.id, o])).values()]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((observation) => ({
      observation,
      teacherName: nameOf.get(observation.teacherId) ?? '',
      observerName: nameOf.get(observation.observerId) ?? '',
      isObserver: observation.observerId === staffId,
    }));
}
