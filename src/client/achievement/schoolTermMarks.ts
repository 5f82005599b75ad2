/**
 * Every pupil's term mark in every subject and quarter of every class set of the year, from
 * tables read once (`loadAchievementTables`), by the gradebook's own rules: the columns are
 * the assessments given to the class set that quarter (`isInQuarter`), each cell the typed
 * score or the counted attempt (`workCell`), work a pupil brought from the class set they
 * were in before counts where they end the quarter (as `carriedWork`), and the term mark is
 * `termMark` by the policy in force on the quarter's last day. It mirrors `readGradebook`
 * without its queries; `tests/unit/client/achievement/readAchievement.test.ts` checks that
 * both give the same term mark to every pupil.
 *
 * A class set × subject × quarter with no assessment given is no gradebook at all (the
 * subject is not assessed in Sandyq there), so it gives no entries rather than a roll of
 * pupils "not assessed".
 */
import type { Quarter, TermMarkEntry } from '@/domain/reports/achievementIndicators';
import { QUARTERS } from '@/domain/reports/achievementIndicators';
import { NATIONAL_POLICY_2020 } from '@/domain/grading/nationalPolicy';
import { policyInForce } from '@/domain/grading/policyInForce';
import { termMark, type TermComponent } from '@/domain/grading/termMark';
import { isInQuarter, workCell, type GradebookCell } from '../gradebook/gradebookCells';
import type { QuarterDates, RollEntry } from '../gradebook/gradebookRoll';
import type { AchievementTables } from './loadAchievementTables';
import { groupBy } from './groupBy';
import { schoolRolls } from './schoolRolls';

const key = (...parts: string[]) => parts.join('\u0000');

export function schoolTermMarks(tables: AchievementTables): TermMarkEntry[] {
  const assessmentById = new Map(tables.assessments.map((a) => [a.id as string, a]));
  const givenOf = groupBy(
    tables.assignments.flatMap((assignment) => {
      const assessment = assessmentById.get(assignment.assessmentId ?? '');
      return assessment && assignment.classSetId ? [{ assignment, assessment }] : [];
    }),
    (g) => g.assignment.classSetId!,
  );
  const assignmentById = new Map(tables.assignments.map((a) => [a.id as string, a]));
  // A typed score of a class set's column: the class set, the pupil and the assessment.
  const typedOf = new Map(tables.marks.flatMap((m) => (m.assessmentId ? [[key(m.classSetId, m.pupilId, m.assessmentId), m] as const] : [])));
  const typedOfPupil = groupBy(
    tables.marks.filter((m) => m.assessmentId !== undefined),
    (m) => m.pupilId,
  );
  const attemptsOf = groupBy(tables.attempts, (a) => key(a.assignmentId ?? '', a.pupilId));
  const attemptsOfPupil = groupBy(tables.attempts, (a) => a.pupilId);
  const resultOf = new Map(tables.attemptResults.map((r) => [r.attemptId as string, r]));
  const yearOf = new Map(tables.years.map((y) => [y.id as string, y]));
  const rollOf = schoolRolls(tables.pupils, tables.enrolments);

  /** The pupil's work in the class sets they came from, this subject and quarter (as `carriedWork`). */
  const carriedOf = (entry: RollEntry, subjectId: string, quarter: Quarter, dates: QuarterDates | undefined) => {
    if (entry.earlierClassSetIds.length === 0) return [];
    const from = new Set(entry.earlierClassSetIds);
    const attempts = attemptsOfPupil.get(entry.pupil.id) ?? [];
    const given = attempts.flatMap((a) => {
      const g = assignmentById.get(a.assignmentId ?? '');
      return g && from.has(g.classSetId ?? '') ? [g] : [];
    });
    const typed = (typedOfPupil.get(entry.pupil.id) ?? []).filter(
      (m) => m.subjectId === subjectId && from.has(m.classSetId) && m.quarter === quarter,
    );
    const ids = [...new Set([...given.map((g) => g.assessmentId!), ...typed.map((m) => m.assessmentId!)])];
    const work: { component: TermComponent; cell: GradebookCell }[] = [];
    for (const assessment of ids.flatMap((id) => (assessmentById.has(id) ? [assessmentById.get(id)!] : []))) {
      if (assessment.subjectId !== subjectId) continue;
      const ofIt = [...new Map(given.map((g) => [g.id, g])).values()].filter(
        (g) => g.assessmentId === assessment.id && isInQuarter(assessment, g, quarter, dates),
      );
      const mark = typed.find((m) => m.assessmentId === assessment.id);
      if (ofIt.length === 0 && !mark) continue;
      const cell = workCell({ typed: mark, given: ofIt, attempts, resultOf, assessment });
      if (cell) work.push({ component: assessment.kind, cell });
    }
    return work;
  };

  const entries: TermMarkEntry[] = [];
  for (const classSet of tables.classSets) {
    const year = yearOf.get(classSet.academicYearId);
    for (const quarter of QUARTERS) {
      const dates = year?.quarters[quarter - 1];
      const given = (givenOf.get(classSet.id) ?? []).filter((g) => isInQuarter(g.assessment, g.assignment, quarter, dates));
      if (given.length === 0) continue;
      const roll = rollOf(classSet.id, dates);
      for (const [subjectId, ofSubject] of groupBy(given, (g) => g.assessment.subjectId)) {
        const columns = [...new Map(ofSubject.map((g) => [g.assessment.id as string, g.assessment])).values()];
        const givenOfColumn = groupBy(ofSubject, (g) => g.assessment.id);
        // The national policy until the school sets one of its own.
        const policy = (dates ? policyInForce(tables.policies, dates.endsOn, subjectId) : undefined) ?? NATIONAL_POLICY_2020;
        const hasTermSummative = columns.some((c) => c.kind === 'termSummative');
        for (const entry of roll) {
          const base = { pupilId: entry.pupil.id as string, classSetId: classSet.id as string, subjectId, quarter };
          // Their term mark is given in the class set they end the quarter in.
          if (entry.leftOn) {
            entries.push({ ...base, leftBeforeEnd: true });
            continue;
          }
          const works: Record<TermComponent, GradebookCell[]> = { formative: [], sectionSummative: [], termSummative: [] };
          for (const column of columns) {
            const ofColumn = (givenOfColumn.get(column.id) ?? []).map((g) => g.assignment);
            const cell = workCell({
              typed: typedOf.get(key(classSet.id, entry.pupil.id, column.id)),
              given: ofColumn,
              attempts: ofColumn.flatMap((g) => attemptsOf.get(key(g.id, entry.pupil.id)) ?? []),
              resultOf,
              assessment: column,
            });
            if (cell) works[column.kind].push(cell);
          }
          const carried = carriedOf(entry, subjectId, quarter, dates);
          for (const w of carried) works[w.component].push(w.cell);
          const term = termMark({
            policy,
            grade: entry.pupil.grade,
            // A term summative written in the class set the pupil came from counts as the subject's.
            hasTermSummative: hasTermSummative || carried.some((w) => w.component === 'termSummative'),
            formative: works.formative,
            sectionSummatives: works.sectionSummative,
            termSummative: works.termSummative,
          });
          entries.push(term.ok ? { ...base, mark: term.value.mark } : base);
        }
      }
    }
  }
  return entries;
}
