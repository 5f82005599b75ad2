/**
 * The individual pupil report for parents (by subject, for one quarter): per subject the
 * term mark and percent, or the parts still missing; the percent of each part (ФО, БЖБ,
 * ТЖБ) and of each piece of work; points of each section and topic from the items of the
 * pupil's scored attempts; the descriptors the teacher ticked; the teacher's feedback; and
 * the quarter's attendance. Assembled from plain inputs the laptop has read, so every figure
 * on the printed page is computed here and nowhere else.
 *
 * The term mark itself is the gradebook's (`readGradebook`'s `term`), never computed again:
 * parents and the teacher must read the same mark. A missing part stays missing (no "0 %"),
 * and a part's percent is still shown from the work there is.
 *
 * Percents are shown cut down to hundredths (`shownPercent`), never rounded up: 39.99 % is
 * a 2, and a page reading "40 %" beside a 2 would be wrong to a parent.
 */
import type { AttendanceSummary, MissedCounts } from '../attendanceSummary';
import { PERCENT_EPSILON } from '../grading/gradingResult';
import { percentOfTotal } from '../grading/percentOf';
import type { FivePointMark } from '../grading/percentToMark';
import type { TermComponent, TermMarkResult } from '../grading/termMark';
import type { GradingError } from '../grading/gradingResult';
import type { LocalizedText } from '../language';
import type { PersonName } from '../person';
import { MASTERED_PERCENT } from './classMastery';

export const TERM_COMPONENTS: readonly TermComponent[] = ['formative', 'sectionSummative', 'termSummative'];

/** One piece of work of the quarter that counts towards the term: a gradebook cell. */
export interface ReportWork {
  readonly assessmentId: string;
  readonly title: string;
  readonly component: TermComponent;
  readonly score: number;
  readonly maxScore: number;
  /** The class set the work was done in, for work a pupil brought when they moved. */
  readonly carriedFrom?: string | undefined;
}

/** Points of one item of a scored attempt, already resolved to the item's topic. */
export interface ReportItemScore {
  readonly topicId: string;
  readonly points: number;
  readonly maxPoints: number;
}

export interface ReportTopic {
  readonly id: string;
  readonly sectionId: string;
  readonly order: number;
  readonly titles: LocalizedText;
}

export interface ReportSection {
  readonly id: string;
  readonly order: number;
  readonly titles: LocalizedText;
}

/** The teacher's marking of one attempt by the assessment's criteria. */
export interface ReportMarking {
  readonly assessmentId: string;
  readonly title: string;
  readonly criteria: ReadonlyArray<{
    readonly text: string;
    readonly descriptors: ReadonlyArray<{ readonly text: string; readonly points: number }>;
  }>;
  /** [criterion index, descriptor index] pairs ticked. */
  readonly reached: ReadonlyArray<readonly [number, number]>;
}

export interface ReportFeedback {
  readonly text: string;
  readonly givenAt: number;
  /** The title of the work it is about, when known. */
  readonly about?: string | undefined;
}

export interface SubjectInput {
  readonly subjectId: string;
  readonly names: LocalizedText;
  /** The gradebook's term mark for the pupil. */
  readonly term: TermMarkResult;
  readonly works: readonly ReportWork[];
  readonly itemScores: readonly ReportItemScore[];
  readonly topics: readonly ReportTopic[];
  readonly sections: readonly ReportSection[];
  readonly markings: readonly ReportMarking[];
  readonly feedback: readonly ReportFeedback[];
}

export interface ReportPupil extends PersonName {
  readonly id: string;
  readonly grade: number;
}

export interface PupilReportInput {
  readonly pupil: ReportPupil;
  readonly subjects: readonly SubjectInput[];
  /** The quarter's attendance; absent when the laptop holds none of the pupil's lessons. */
  readonly attendance?: AttendanceSummary | undefined;
}

export interface PartFigure {
  readonly score: number;
  readonly maxScore: number;
  readonly percent: number;
}

export type TermFigure =
  | { readonly kind: 'mark'; readonly mark: FivePointMark; readonly percent: number }
  /** Parts the term mark needs that have no work yet. */
  | { readonly kind: 'missing'; readonly components: readonly TermComponent[] }
  /** Any other reason the gradebook gives no mark (work given for a part weighed 0, a bad score). */
  | { readonly kind: 'none'; readonly reason: GradingError };

export interface TopicFigure {
  readonly topicId: string;
  readonly titles: LocalizedText;
  readonly points: number;
  readonly maxPoints: number;
  readonly percent: number;
  /** At the class mastery's bound (65 %), so parents and the teacher's heat map agree. */
  readonly mastered: boolean;
}

export interface SectionFigure {
  readonly sectionId: string;
  /** Empty when the section row is not on the laptop. */
  readonly titles: LocalizedText;
  readonly points: number;
  readonly maxPoints: number;
  readonly percent: number;
  readonly topics: readonly TopicFigure[];
}

export interface CriterionFigure {
  readonly text: string;
  readonly reached: ReadonlyArray<{ readonly text: string; readonly points: number }>;
  readonly reachedPoints: number;
  readonly maxPoints: number;
}

export interface MarkingFigure {
  readonly assessmentId: string;
  readonly title: string;
  readonly criteria: readonly CriterionFigure[];
  readonly reachedPoints: number;
  readonly maxPoints: number;
}

export interface WorkFigure extends ReportWork {
  readonly percent: number;
}

export interface SubjectFigure {
  readonly subjectId: string;
  readonly names: LocalizedText;
  readonly term: TermFigure;
  /** Each part's points and percent over all its work; `null` where there is none. */
  readonly parts: Readonly<Record<TermComponent, PartFigure | null>>;
  readonly works: readonly WorkFigure[];
  readonly sections: readonly SectionFigure[];
  readonly markings: readonly MarkingFigure[];
  /** Oldest first. */
  readonly feedback: readonly ReportFeedback[];
}

export interface AttendanceFigure {
  readonly heldLessons: number;
  readonly missed: MissedCounts;
  readonly wholeDaysMissed: number;
  readonly latenesses: number;
  readonly presentPercent: number | null;
}

export interface PupilAchievementReport {
  readonly pupil: ReportPupil;
  readonly subjects: readonly SubjectFigure[];
  readonly attendance: AttendanceFigure | null;
}

const percentOf = (points: number, max: number) => (points * 100) / max;
const sum = (values: readonly number[]) => Math.round(values.reduce((s, v) => s + v, 0) * 100) / 100;

function termFigure(term: TermMarkResult): TermFigure {
  if (term.ok) return { kind: 'mark', mark: term.value.mark, percent: term.value.percent };
  if (term.reason === 'incomplete') return { kind: 'missing', components: term.components ?? [] };
  return { kind: 'none', reason: term.reason };
}

function partFigure(works: readonly ReportWork[]): PartFigure | null {
  if (works.length === 0) return null;
  const percent = percentOfTotal(works);
  if (!percent.ok) return null;
  return { score: sum(works.map((w) => w.score)), maxScore: sum(works.map((w) => w.maxScore)), percent: percent.value };
}

function sectionFigures(subject: SubjectInput): SectionFigure[] {
  const topicOf = new Map(subject.topics.map((t) => [t.id, t]));
  const sectionOf = new Map(subject.sections.map((s) => [s.id, s]));
  const byTopic = new Map<string, { points: number; max: number }>();
  for (const s of subject.itemScores) {
    if (s.maxPoints <= 0 || !topicOf.has(s.topicId)) continue;
    const t = byTopic.get(s.topicId) ?? { points: 0, max: 0 };
    byTopic.set(s.topicId, { points: t.points + s.points, max: t.max + s.maxPoints });
  }
  const sections = new Map<string, TopicFigure[]>();
  for (const [topicId, { points, max }] of byTopic) {
    const topic = topicOf.get(topicId)!;
    const percent = percentOf(points, max);
    const figure = {
      topicId,
      titles: topic.titles,
      points: sum([points]),
      maxPoints: sum([max]),
      percent,
      mastered: percent + PERCENT_EPSILON >= MASTERED_PERCENT,
    };
    // Topics whose section is not on the laptop go under one "other topics" group, not one each.
    const sectionId = sectionOf.has(topic.sectionId) ? topic.sectionId : '';
    sections.set(sectionId, [...(sections.get(sectionId) ?? []), figure]);
  }
  const orderOf = (t: TopicFigure) => topicOf.get(t.topicId)!.order;
  return [...sections]
    .map(([sectionId, topics]) => {
      const points = sum(topics.map((t) => t.points));
      const maxPoints = sum(topics.map((t) => t.maxPoints));
      return {
        sectionId,
        titles: sectionOf.get(sectionId)?.titles ?? {},
        points,
        maxPoints,
        percent: percentOf(points, maxPoints),
        topics: topics.sort((a, b) => orderOf(a) - orderOf(b) || a.topicId.localeCompare(b.topicId)),
      };
    })
    .sort(
      (a, b) =>
        (sectionOf.get(a.sectionId)?.order ?? Number.MAX_SAFE_INTEGER) - (sectionOf.get(b.sectionId)?.order ?? Number.MAX_SAFE_INTEGER) ||
        a.sectionId.localeCompare(b.sectionId),
    );
}

function markingFigure(marking: ReportMarking): MarkingFigure {
  const reached = new Set(marking.reached.map(([c, d]) => `${c}:${d}`));
  const criteria = marking.criteria
    .map((criterion, c) => {
      const got = criterion.descriptors.filter((_, d) => reached.has(`${c}:${d}`));
      return {
        text: criterion.text,
        reached: got.map((d) => ({ text: d.text, points: d.points })),
        reachedPoints: sum(got.map((d) => d.points)),
        maxPoints: sum(criterion.descriptors.map((d) => d.points)),
      };
    })
    .filter((c) => c.maxPoints > 0 || c.reached.length > 0);
  return {
    assessmentId: marking.assessmentId,
    title: marking.title,
    criteria,
    reachedPoints: sum(criteria.map((c) => c.reachedPoints)),
    maxPoints: sum(criteria.map((c) => c.maxPoints)),
  };
}

function subjectFigure(subject: SubjectInput): SubjectFigure {
  const order = (w: ReportWork) => TERM_COMPONENTS.indexOf(w.component);
  return {
    subjectId: subject.subjectId,
    names: subject.names,
    term: termFigure(subject.term),
    parts: {
      formative: partFigure(subject.works.filter((w) => w.component === 'formative')),
      sectionSummative: partFigure(subject.works.filter((w) => w.component === 'sectionSummative')),
      termSummative: partFigure(subject.works.filter((w) => w.component === 'termSummative')),
    },
    works: subject.works
      .filter((w) => w.maxScore > 0)
      .map((w) => ({ ...w, percent: percentOf(w.score, w.maxScore) }))
      .sort((a, b) => order(a) - order(b)),
    sections: sectionFigures(subject),
    markings: subject.markings.map(markingFigure).filter((m) => m.criteria.length > 0),
    feedback: [...subject.feedback].sort((a, b) => a.givenAt - b.givenAt),
  };
}

export function pupilAchievementReport(input: PupilReportInput): PupilAchievementReport {
  const a = input.attendance;
  return {
    pupil: input.pupil,
    subjects: input.subjects.filter((s) => s.works.length > 0).map(subjectFigure),
    attendance: a
      ? {
          heldLessons: a.heldLessons,
          missed: a.missed,
          wholeDaysMissed: a.wholeDaysMissed.length,
          latenesses: a.latenesses,
          presentPercent: a.presentPercent,
        }
      : null,
  };
}
