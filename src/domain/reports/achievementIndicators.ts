/**
 * The school's achievement indicators by quarter and for the year, as the head reports them
 * to the district: үлгерім (успеваемость, performance) and білім сапасы (качество знаний,
 * quality of knowledge) for every class set × subject, every class set over all its
 * subjects, every subject over the school, and the whole school (DOMAIN.md, "Indicators").
 *
 * Definitions (each share is `indicators()` of `grading/indicators.ts`):
 * - A pupil is *assessed* in a subject and quarter when they have its term mark; a pupil on
 *   the roll without one yet (a part of the term mark missing) is *not assessed*: counted
 *   apart and left out of both shares, never counted as failing.
 * - Үлгерім: the share of assessed pupils with no mark below 3. Білім сапасы: the share with
 *   only 4s and 5s. Both over assessed pupils; `null` when no pupil is assessed.
 * - A class set over all subjects of a quarter: each pupil's term marks of every subject
 *   they have a mark in there; the pupil succeeds if none is below 3, is of quality if all
 *   are 4 or 5; a pupil with no term mark in any subject is not assessed.
 * - The school: the same over all class sets, each pupil once.
 * - A pupil who left a class set before the quarter's end (moved to another class set, or
 *   left the school) counts where they end the quarter, the class set where their term mark
 *   is given; the class set they left does not count them at all.
 * - A grade-1 pupil's term mark comes from the grade-1 column of the scale (0-20, 21-50,
 *   51-80, 81-100 % in the national policy), so it counts here like any other mark.
 * - The year: each pupil's year mark of a subject, the mean of the four term marks .5 up
 *   (`yearMark`); a pupil still missing a term mark has no year mark and is not assessed.
 *   The pupil counts in the class set of their latest term on the roll; a pupil who left
 *   the school during the year is left out of the year's figures.
 */
import { indicators, type Indicators } from '../grading/indicators';
import { yearMark } from '../grading/yearMark';

export type Quarter = 1 | 2 | 3 | 4;
export type AchievementPeriod = Quarter | 'year';
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];
export const ACHIEVEMENT_PERIODS: readonly AchievementPeriod[] = [...QUARTERS, 'year'];

/** A pupil on a class set's gradebook roll for a subject and quarter. */
export interface TermMarkEntry {
  readonly pupilId: string;
  readonly classSetId: string;
  readonly subjectId: string;
  readonly quarter: Quarter;
  /** The term mark on the 5-point scale; absent while the pupil has none yet. */
  readonly mark?: number | undefined;
  /** Left this class set before the quarter's end: their term mark is given where they end it. */
  readonly leftBeforeEnd?: boolean | undefined;
}

export interface AchievementInput {
  readonly terms: readonly TermMarkEntry[];
  /** Pupils who left the school before the year's last day: not in the year's figures. */
  readonly leftSchool?: ReadonlySet<string> | undefined;
}

export interface PeriodFigures {
  /** Class set → subject → the indicators of its pupils in that subject. */
  readonly cells: ReadonlyMap<string, ReadonlyMap<string, Indicators>>;
  /** Each class set over all its subjects. */
  readonly classSets: ReadonlyMap<string, Indicators>;
  /** Each subject over the whole school. */
  readonly subjects: ReadonlyMap<string, Indicators>;
  readonly school: Indicators;
}

export type AchievementFigures = ReadonlyMap<AchievementPeriod, PeriodFigures>;

/** A pupil's mark (or none yet) in one subject, in the class set that counts them. */
interface Counted {
  readonly pupilId: string;
  readonly classSetId: string;
  readonly subjectId: string;
  readonly mark: number | undefined;
}

export function achievementFigures(input: AchievementInput): AchievementFigures {
  const byQuarter = new Map<Quarter, Counted[]>(
    QUARTERS.map((q) => [q, countedOnce(input.terms.filter((t) => t.quarter === q && t.leftBeforeEnd !== true))]),
  );
  const figures = new Map<AchievementPeriod, PeriodFigures>(QUARTERS.map((q) => [q, periodFigures(byQuarter.get(q)!)]));
  figures.set('year', periodFigures(yearMarks(byQuarter, input.leftSchool ?? new Set())));
  return figures;
}

/** One entry per pupil and subject; should a pupil be on two rolls, the one with a mark counts. */
function countedOnce(entries: readonly TermMarkEntry[]): Counted[] {
  const kept = new Map<string, Counted>();
  for (const e of entries) {
    const key = `${e.pupilId}\u0000${e.subjectId}`;
    const before = kept.get(key);
    if (before === undefined || (before.mark === undefined && e.mark !== undefined))
      kept.set(key, { pupilId: e.pupilId, classSetId: e.classSetId, subjectId: e.subjectId, mark: e.mark });
  }
  return [...kept.values()];
}

function yearMarks(byQuarter: ReadonlyMap<Quarter, readonly Counted[]>, leftSchool: ReadonlySet<string>): Counted[] {
  const terms = new Map<string, { pupilId: string; subjectId: string; classSetId: string; marks: (number | undefined)[] }>();
  for (const q of QUARTERS)
    for (const c of byQuarter.get(q)!) {
      if (leftSchool.has(c.pupilId)) continue;
      const key = `${c.pupilId}\u0000${c.subjectId}`;
      const year = terms.get(key) ?? {
        pupilId: c.pupilId,
        subjectId: c.subjectId,
        classSetId: c.classSetId,
        marks: [undefined, undefined, undefined, undefined],
      };
      year.marks[q - 1] = c.mark;
      // The latest quarter on a roll decides the class set.
      year.classSetId = c.classSetId;
      terms.set(key, year);
    }
  return [...terms.values()].map((y) => {
    const mark = yearMark(y.marks);
    return { pupilId: y.pupilId, classSetId: y.classSetId, subjectId: y.subjectId, mark: mark.ok ? mark.value.mark : undefined };
  });
}

/** Each pupil's marks (only those given) within a group of entries, one list per pupil. */
function marksByPupil(entries: readonly Counted[]): number[][] {
  const marks = new Map<string, number[]>();
  for (const e of entries) {
    const list = marks.get(e.pupilId) ?? [];
    if (e.mark !== undefined) list.push(e.mark);
    marks.set(e.pupilId, list);
  }
  return [...marks.values()];
}

function groupBy<K>(entries: readonly Counted[], key: (e: Counted) => K): Map<K, Counted[]> {
  const groups = new Map<K, Counted[]>();
  for (const e of entries) {
    const list = groups.get(key(e));
    if (list) list.push(e);
    else groups.set(key(e), [e]);
  }
  return groups;
}

function periodFigures(entries: readonly Counted[]): PeriodFigures {
  const figuresOf = (group: readonly Counted[]) => indicators(marksByPupil(group));
  const cells = new Map<string, Map<string, Indicators>>();
  const classSets = new Map<string, Indicators>();
  for (const [classSetId, ofClassSet] of groupBy(entries, (e) => e.classSetId)) {
    classSets.set(classSetId, figuresOf(ofClassSet));
    cells.set(classSetId, new Map([...groupBy(ofClassSet, (e) => e.subjectId)].map(([subjectId, group]) => [subjectId, figuresOf(group)])));
  }
  const subjects = new Map([...groupBy(entries, (e) => e.subjectId)].map(([subjectId, group]) => [subjectId, figuresOf(group)]));
  return { cells, classSets, subjects, school: figuresOf(entries) };
}

/** The school's (or one class set's) indicators for each period in order, for a trend. */
export function achievementTrend(
  figures: AchievementFigures,
  classSetId?: string,
): { readonly period: AchievementPeriod; readonly indicators: Indicators | undefined }[] {
  return ACHIEVEMENT_PERIODS.map((period) => {
    const ofPeriod = figures.get(period);
    return { period, indicators: classSetId === undefined ? ofPeriod?.school : ofPeriod?.classSets.get(classSetId) };
  });
}
