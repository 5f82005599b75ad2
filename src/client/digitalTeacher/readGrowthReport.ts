/**
 * The programme's growth report (seed 003: "at the end, the growth from the starting point
 * per pupil, group and subject"): a row for each pupil in each group (the group's subject),
 * a row for each group and one for each programme subject, in percentage points from the
 * starting checkpoint to the latest (the end one when there is one).
 *
 * Staff-only, as it names pupils; what leaves the school is the district's aggregates.
 */
import { groupGrowth, pupilGrowth, subjectGrowth, type GrowthSummary, type PupilGrowth } from '@/domain/digitalTeacher/growth';
import type { SandyqDb } from '../db/db';
import type { RowOf } from '../db/recordRow';
import { loadProgrammeSources } from './programmeSources';

export interface GrowthPupilRow extends PupilGrowth {
  readonly pupil: RowOf<'pupils'>;
  readonly group: RowOf<'groups'>;
}

export interface GrowthGroupRow extends GrowthSummary {
  readonly group: RowOf<'groups'>;
}

export interface GrowthSubjectRow extends GrowthSummary {
  readonly subject: RowOf<'subjects'>;
}

export interface GrowthReport {
  readonly subjects: ReadonlyMap<string, RowOf<'subjects'>>;
  readonly pupils: readonly GrowthPupilRow[];
  readonly groups: readonly GrowthGroupRow[];
  readonly bySubject: readonly GrowthSubjectRow[];
}

export async function readGrowthReport(db: SandyqDb, schoolId: string): Promise<GrowthReport> {
  const sources = await loadProgrammeSources(db, schoolId);
  const checkpointsOf = (pupilId: string) => ({ pupilId, checkpoints: sources.recordOf.get(pupilId)?.checkpoints ?? [] });
  const groups = [...sources.groups].sort((a, b) => a.grade - b.grade || a.name.localeCompare(b.name, 'kk'));
  const pupils = groups.flatMap((group) =>
    group.pupilIds
      .flatMap((id) => {
        const pupil = sources.pupilById.get(id);
        return pupil ? [{ pupil, group, ...pupilGrowth(checkpointsOf(id), group.subjectId ?? '') }] : [];
      })
      .sort((a, b) => a.pupil.surname.localeCompare(b.pupil.surname, 'kk') || a.pupil.name.localeCompare(b.pupil.name, 'kk')),
  );
  const programmePupils = [...sources.recordOf.values()].map((r) => ({ ...checkpointsOf(r.pupilId), subjectIds: r.subjectIds as readonly string[] }));
  return {
    subjects: new Map(sources.subjects.map((s) => [s.id as string, s])),
    pupils,
    groups: groups.map((group) => ({ group, ...groupGrowth(group.pupilIds.map(checkpointsOf), group.subjectId ?? '') })),
    bySubject: sources.subjects.map((subject) => ({ subject, ...subjectGrowth(programmePupils, subject.id) })),
  };
}
