/**
 * Who is on a class set's gradebook for a quarter: every pupil enrolled there on any day of
 * it, not only today's pupils, so marks earned before a move still show where they were
 * made. A pupil who left (moved class set or left the school) before the quarter's end is
 * shown with the day they left and gets their term mark where they are at its end; a pupil
 * who came during the quarter brings the class sets they were in before, whose work of the
 * subject and quarter counts towards their term mark here (`carriedWork`).
 */
import type { IsoDate } from '../dates';
import type { SyncedRowOf as RowOf } from '../entities';
import type { GradebookIndex } from './gradebookSources';
import { groupBy } from './groupBy';

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

export function gradebookRoll(index: GradebookIndex, classSetId: string, quarter: QuarterDates | undefined): RollEntry[] {
  const active = (index.pupilsOf.get(classSetId) ?? []).filter((p) => p.status === 'active');
  if (!quarter) return active.map((pupil) => ({ pupil, earlierClassSetIds: [] }));
  const ofClassSet = index.enrolmentsOf.get(classSetId) ?? [];
  const here = ofClassSet.filter((e) => overlaps(e, quarter));
  const enrolled = new Set(ofClassSet.map((e) => e.pupilId as string));
  const inQuarter = new Set(here.map((e) => e.pupilId as string));
  // Today's pupils, unless their enrolments here all lie outside the quarter (a pupil with no enrolment rows counts as always here).
  const present = active.filter((p) => !enrolled.has(p.id) || inQuarter.has(p.id));
  const known = new Set(active.map((p) => p.id as string));
  const former = [...inQuarter].flatMap((id) => (known.has(id) || !index.pupilById.has(id) ? [] : [index.pupilById.get(id)!]));
  const spansHere = groupBy(here, (e) => e.pupilId);

  return [...present, ...former].map((pupil): RollEntry => {
    const spans = spansHere.get(pupil.id) ?? [];
    const firstDay = spans.map((e) => e.from).sort()[0];
    const joinedOn = firstDay !== undefined && firstDay > quarter.startsOn ? firstDay : undefined;
    const stillHere = pupil.status === 'active' && pupil.classSetId === classSetId;
    const lastDay =
      pupil.withdrawnOn ??
      spans
        .map((e) => e.to ?? quarter.endsOn)
        .sort()
        .at(-1);
    const earlier = joinedOn
      ? (index.enrolmentsOfPupil.get(pupil.id) ?? [])
          .filter((e) => e.classSetId !== classSetId && overlaps(e, quarter))
          .map((e) => e.classSetId as string)
      : [];
    return {
      pupil,
      ...(!stillHere && lastDay !== undefined && lastDay < quarter.endsOn ? { leftOn: lastDay } : {}),
      ...(joinedOn !== undefined ? { joinedOn } : {}),
      earlierClassSetIds: [...new Set(earlier)],
    };
  });
}
