/**
 * Who is on each class set's gradebook for a quarter, from the school's pupils and
 * enrolments held in memory: the same rule as `gradebookRoll` (every pupil enrolled there on
 * any day of the quarter; one who left before its end is marked with the day they left; one
 * who came during it brings the class sets they were in before), without a query per class
 * set. `tests/unit/client/achievement/readAchievement.test.ts` checks both agree.
 */
import type { IsoDate } from '@/domain/dates';
import type { RowOf } from '../db/recordRow';
import type { QuarterDates, RollEntry } from '../gradebook/gradebookRoll';
import { groupBy } from './groupBy';

const overlaps = (e: RowOf<'enrolments'>, q: QuarterDates) => e.from <= q.endsOn && (e.to === undefined || e.to >= q.startsOn);

export type RollOf = (classSetId: string, quarter: QuarterDates | undefined) => RollEntry[];

export function schoolRolls(pupils: readonly RowOf<'pupils'>[], enrolments: readonly RowOf<'enrolments'>[]): RollOf {
  const pupilById = new Map(pupils.map((p) => [p.id as string, p]));
  const pupilsOf = groupBy(pupils, (p) => p.classSetId);
  const enrolmentsOf = groupBy(enrolments, (e) => e.classSetId);
  const enrolmentsOfPupil = groupBy(enrolments, (e) => e.pupilId);

  return (classSetId, quarter) => {
    const active = (pupilsOf.get(classSetId) ?? []).filter((p) => p.status === 'active');
    if (!quarter) return active.map((pupil) => ({ pupil, earlierClassSetIds: [] }));
    const ofClassSet = enrolmentsOf.get(classSetId) ?? [];
    const here = ofClassSet.filter((e) => overlaps(e, quarter));
    const enrolled = new Set(ofClassSet.map((e) => e.pupilId as string));
    const inQuarter = new Set(here.map((e) => e.pupilId as string));
    // Today's pupils, unless their enrolments here all lie outside the quarter (a pupil with no enrolment rows counts as always here).
    const present = active.filter((p) => !enrolled.has(p.id) || inQuarter.has(p.id));
    const known = new Set(active.map((p) => p.id as string));
    const former = [...inQuarter].flatMap((id) => (known.has(id) || !pupilById.has(id) ? [] : [pupilById.get(id)!]));
    const spansHere = groupBy(here, (e) => e.pupilId);

    return [...present, ...former].map((pupil): RollEntry => {
      const spans = spansHere.get(pupil.id) ?? [];
      const firstDay = spans.map((e) => e.from).sort()[0];
      const joinedOn: IsoDate | undefined = firstDay !== undefined && firstDay > quarter.startsOn ? firstDay : undefined;
      const stillHere = pupil.status === 'active' && pupil.classSetId === classSetId;
      const lastDay =
        pupil.withdrawnOn ??
        spans
          .map((e) => e.to ?? quarter.endsOn)
          .sort()
          .at(-1);
      const earlier = joinedOn
        ? (enrolmentsOfPupil.get(pupil.id) ?? [])
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
  };
}
