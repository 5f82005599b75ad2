/**
 * Who is on a class set's gradebook for a quarter: every pupil enrolled there on any day of
 * it, not only today's pupils, so marks earned before a move still show where they were
 * made. A pupil who left (moved class set or left the school) before the quarter's end is
 * shown with the day they left and gets their term mark where they are at its end; a pupil
 * who came during the quarter brings the class sets they were in before, whose work of the
 * subject and quarter counts towards their term mark here (`carriedWork`).
 */
import type { IsoDate } from '@/domain/dates';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';

export interface QuarterDates {
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate;
}

export interface RollEntry {
  readonly pupil: RowOf<'pupils'>;
  /** Last day in the class set, when they left it before the quarter's end. */
  readonly leftOn?: IsoDate | undefined;
  /** First day in the class set, when they came after the quarter began. */
  readonly joinedOn?: IsoDate | undefined;
  /** Other class sets they were in during the quarter (before they came here). */
  readonly earlierClassSetIds: readonly string[];
}

const overlaps = (e: RowOf<'enrolments'>, q: QuarterDates) => e.from <= q.endsOn && (e.to === undefined || e.to >= q.startsOn);

export async function gradebookRoll(db: SandyqDb, classSetId: string, quarter: QuarterDates | undefined): Promise<RollEntry[]> {
  const [current, enrolments] = await Promise.all([
    liveRows(db, 'pupils').where('classSetId', classSetId),
    liveRows(db, 'enrolments').where('classSetId', classSetId),
  ]);
  const active = current.filter((p) => p.status === 'active');
  if (!quarter) return active.map((pupil) => ({ pupil, earlierClassSetIds: [] }));
  const here = enrolments.filter((e) => overlaps(e, quarter));
  const enrolled = new Set(enrolments.map((e) => e.pupilId as string));
  const inQuarter = new Set(here.map((e) => e.pupilId as string));
  // Today's pupils, unless their enrolments here all lie outside the quarter (a pupil with no enrolment rows counts as always here).
  const present = active.filter((p) => !enrolled.has(p.id) || inQuarter.has(p.id));
  const known = new Set(active.map((p) => p.id as string));
  const former = await liveRows(db, 'pupils').bulkGet([...inQuarter].filter((id) => !known.has(id)));
  const pupils = [...present, ...former];

  const spansOf = (pupilId: string) => here.filter((e) => e.pupilId === pupilId);
  const joinedOf = (pupilId: string): IsoDate | undefined => {
    const from = spansOf(pupilId)
      .map((e) => e.from)
      .sort()[0];
    return from !== undefined && from > quarter.startsOn ? from : undefined;
  };
  const cameLate = pupils.filter((p) => joinedOf(p.id) !== undefined).map((p) => p.id as string);
  const elsewhere = (await liveRows(db, 'enrolments').whereAnyOf('pupilId', cameLate)).filter(
    (e) => e.classSetId !== classSetId && overlaps(e, quarter),
  );

  return pupils.map((pupil) => {
    const stillHere = pupil.status === 'active' && pupil.classSetId === classSetId;
    const lastDay =
      pupil.withdrawnOn ??
      spansOf(pupil.id)
        .map((e) => e.to ?? quarter.endsOn)
        .sort()
        .at(-1);
    return {
      pupil,
      ...(!stillHere && lastDay !== undefined && lastDay < quarter.endsOn ? { leftOn: lastDay } : {}),
      ...(joinedOf(pupil.id) !== undefined ? { joinedOn: joinedOf(pupil.id) } : {}),
      earlierClassSetIds: [...new Set(elsewhere.filter((e) => e.pupilId === pupil.id).map((e) => e.classSetId as string))],
    };
  });
}
