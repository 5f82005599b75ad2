/**
 * Every figure of the parent report against hand-computed values: the term mark at the band
 * bounds (39.99 → 2, 40 → 3, 64.5 → 3, 85 → 5) and the percent as printed (never rounded up
 * into a band), a missing ТЖБ named with the other parts still shown, a grade-1 pupil on the
 * grade-1 column of Order No. 125 (the policy gives grade 1 marks by its own bands: 0-20 → 2,
 * 21-50 → 3, 51-80 → 4, 81-100 → 5), sections and topics, descriptors, feedback, attendance.
 */
import { describe, expect, it } from 'vitest';
import { attendanceSummary } from '@/domain/attendanceSummary';
import { NATIONAL_POLICY_2020 } from '@/domain/grading/nationalPolicy';
import { termMark } from '@/domain/grading/termMark';
import type { ScoredWork } from '@/domain/grading/percentOf';
import { shownPercent } from '@/domain/grading/shownPercent';
import { pupilAchievementReport, type ReportWork, type SubjectInput } from '@/domain/reports/pupilAchievementReport';

const pupil = (grade = 5) => ({ id: 'aru', surname: 'Ахметова', name: 'Ару', grade });

const work = (assessmentId: string, component: ReportWork['component'], score: number, maxScore: number): ReportWork => ({
  assessmentId,
  title: assessmentId,
  component,
  score,
  maxScore,
});

/** A subject whose term mark is the gradebook's, computed by the national policy from the same work. */
function subject(works: readonly ReportWork[], grade = 5, extra: Partial<SubjectInput> = {}): SubjectInput {
  const of = (c: ReportWork['component']): ScoredWork[] => works.filter((w) => w.component === c);
  return {
    subjectId: 'math',
    names: { kk: 'Математика', ru: 'Математика' },
    term: termMark({
      policy: NATIONAL_POLICY_2020,
      grade,
      hasTermSummative: true,
      formative: of('formative'),
      sectionSummatives: of('sectionSummative'),
      termSummative: of('termSummative'),
    }),
    works,
    itemScores: [],
    topics: [],
    sections: [],
    markings: [],
    feedback: [],
    ...extra,
  };
}

/** Every part at `points` of 10 000: the term percent is points / 100. */
const allParts = (points: number) => [
  work('fo', 'formative', points, 10_000),
  work('bzhb', 'sectionSummative', points, 10_000),
  work('tzhb', 'termSummative', points, 10_000),
];

const reportOf = (s: SubjectInput, grade = 5) => pupilAchievementReport({ pupil: pupil(grade), subjects: [s] }).subjects[0]!;

describe('pupilAchievementReport: the term mark', () => {
  it.each([
    [3999, 39.99, 2],
    [4000, 40, 3],
    [6450, 64.5, 3],
    [8500, 85, 5],
  ])('%d of 10 000 in every part: %d %% → %d, and the page prints that percent', (points, percent, mark) => {
    const s = reportOf(subject(allParts(points)));
    expect(s.term).toEqual({ kind: 'mark', mark, percent });
    expect(shownPercent(percent)).toBe(percent);
    expect(s.parts.termSummative).toEqual({ score: points, maxScore: 10_000, percent });
  });

  it('prints a percent cut down to hundredths, never up into the next band', () => {
    expect(shownPercent(39.999)).toBe(39.99);
    expect(shownPercent(84.996)).toBe(84.99);
    expect(shownPercent(200 / 3)).toBe(66.66);
    // A weighted sum that lands a hair under 65 in floating point is 65, as the mark is.
    expect(shownPercent(64.99999999999999)).toBe(65);
    expect(shownPercent(0)).toBe(0);
    expect(shownPercent(100)).toBe(100);
  });

  it('names a missing ТЖБ instead of a mark, and still shows the ФО and БЖБ the pupil has', () => {
    const s = reportOf(subject([work('fo', 'formative', 10, 10), work('bzhb', 'sectionSummative', 9, 12)]));
    // Never 25 % × 100 + 25 % × 75 + 50 % × 0 = 43.75 % → 3.
    expect(s.term).toEqual({ kind: 'missing', components: ['termSummative'] });
    expect(s.parts).toEqual({
      formative: { score: 10, maxScore: 10, percent: 100 },
      sectionSummative: { score: 9, maxScore: 12, percent: 75 },
      termSummative: null,
    });
  });

  it('gives a grade-1 pupil the mark of the grade-1 column, where grades 2-11 would read lower', () => {
    const works = allParts(3000);
    expect(reportOf(subject(works, 1), 1).term).toEqual({ kind: 'mark', mark: 3, percent: 30 });
    expect(reportOf(subject(works, 5)).term).toEqual({ kind: 'mark', mark: 2, percent: 30 });
    expect(reportOf(subject(allParts(2000), 1), 1).term).toEqual({ kind: 'mark', mark: 2, percent: 20 });
    expect(reportOf(subject(allParts(2100), 1), 1).term).toEqual({ kind: 'mark', mark: 3, percent: 21 });
    expect(reportOf(subject(allParts(8100), 1), 1).term).toEqual({ kind: 'mark', mark: 5, percent: 81 });
  });

  it('weighs parts 25 / 25 / 50 over each part’s total points, and lists work by part', () => {
    const s = reportOf(
      subject([
        work('tzhb', 'termSummative', 13, 20),
        work('fo1', 'formative', 3, 4),
        work('bzhb', 'sectionSummative', 6, 10),
        work('fo2', 'formative', 5, 6),
      ]),
    );
    // ФО (3 + 5) / (4 + 6) = 80 %, БЖБ 60 %, ТЖБ 65 %: 20 + 15 + 32.5 = 67.5 % → 4.
    expect(s.term).toEqual({ kind: 'mark', mark: 4, percent: 67.5 });
    expect(s.parts.formative).toEqual({ score: 8, maxScore: 10, percent: 80 });
    expect(s.works.map((w) => [w.assessmentId, w.percent])).toEqual([
      ['fo1', 75],
      ['fo2', 83.33333333333333],
      ['bzhb', 60],
      ['tzhb', 65],
    ]);
    expect(shownPercent(s.works[1]!.percent)).toBe(83.33);
  });

  it('says why there is no mark when the gradebook gives another reason', () => {
    const s = reportOf({ ...subject(allParts(5000)), term: { ok: false, reason: 'unexpectedComponent', components: ['termSummative'] } });
    expect(s.term).toEqual({ kind: 'none', reason: 'unexpectedComponent' });
  });

  it('leaves out a subject with no work in the quarter', () => {
    const report = pupilAchievementReport({ pupil: pupil(), subjects: [subject([]), { ...subject(allParts(5000)), subjectId: 'kaz' }] });
    expect(report.subjects.map((s) => s.subjectId)).toEqual(['kaz']);
  });
});

describe('pupilAchievementReport: sections, topics, descriptors, feedback', () => {
  it('sums item points by topic and section, in curriculum order, mastered from 65 %', () => {
    const s = reportOf(
      subject(allParts(5000), 5, {
        sections: [
          { id: 'fractions', order: 1, titles: { kk: 'Бөлшектер' } },
          { id: 'numbers', order: 0, titles: { kk: 'Натурал сандар' } },
        ],
        topics: [
          { id: 'decimals', sectionId: 'fractions', order: 1, titles: { kk: 'Ондық бөлшектер' } },
          { id: 'common', sectionId: 'fractions', order: 0, titles: { kk: 'Жай бөлшектер' } },
          { id: 'division', sectionId: 'numbers', order: 0, titles: { kk: 'Бөлу' } },
          { id: 'lost', sectionId: 'gone', order: 0, titles: { kk: 'Бөлімі жоқ тақырып' } },
          { id: 'stray', sectionId: 'missing', order: 1, titles: { kk: 'Тағы бір бөлімсіз тақырып' } },
        ],
        itemScores: [
          { topicId: 'common', points: 1, maxPoints: 2 },
          { topicId: 'common', points: 2, maxPoints: 2 }, // 3 / 4 = 75 %: mastered
          { topicId: 'decimals', points: 1.29, maxPoints: 2 }, // 64.5 %: not yet
          { topicId: 'division', points: 1.3, maxPoints: 2 }, // 65 %: mastered, at the bound
          { topicId: 'lost', points: 0, maxPoints: 1 },
          { topicId: 'stray', points: 1, maxPoints: 1 },
          { topicId: 'unknown', points: 5, maxPoints: 5 }, // an item of a topic not on the laptop
          { topicId: 'common', points: 0, maxPoints: 0 },
        ],
      }),
    );
    expect(s.sections.map((x) => [x.sectionId, x.points, x.maxPoints, x.percent])).toEqual([
      ['numbers', 1.3, 2, 65],
      // 3 + 1.29 of 4 + 2 = 71.5 %.
      ['fractions', 4.29, 6, 71.5],
      // Topics of sections not on the laptop: one group of other topics, not a group each.
      ['', 1, 2, 50],
    ]);
    expect(s.sections[1]!.topics.map((t) => [t.topicId, t.points, t.maxPoints, t.percent, t.mastered])).toEqual([
      ['common', 3, 4, 75, true],
      ['decimals', 1.29, 2, 64.5, false],
    ]);
    expect(s.sections[0]!.topics[0]).toMatchObject({ topicId: 'division', mastered: true });
    expect(s.sections[2]!.titles).toEqual({});
    expect(s.sections[2]!.topics.map((t) => t.topicId)).toEqual(['lost', 'stray']);
  });

  it('lists the descriptors the teacher ticked, with each criterion’s points of its maximum', () => {
    const s = reportOf(
      subject(allParts(5000), 5, {
        markings: [
          {
            assessmentId: 'bzhb',
            title: 'БЖБ 1',
            criteria: [
              {
                text: 'Бөлшектерді салыстырады',
                descriptors: [
                  { text: 'ережені атайды', points: 1 },
                  { text: 'мысал келтіреді', points: 2 },
                ],
              },
              { text: 'Есеп шығарады', descriptors: [{ text: 'шешімін жазады', points: 1.5 }] },
              { text: 'Дескрипторсыз', descriptors: [] },
            ],
            reached: [
              [0, 1],
              [5, 0], // a criterion that no longer exists is ignored
            ],
          },
          { assessmentId: 'fo', title: 'ҚБ', criteria: [], reached: [] },
        ],
      }),
    );
    expect(s.markings).toEqual([
      {
        assessmentId: 'bzhb',
        title: 'БЖБ 1',
        reachedPoints: 2,
        maxPoints: 4.5,
        criteria: [
          { text: 'Бөлшектерді салыстырады', reached: [{ text: 'мысал келтіреді', points: 2 }], reachedPoints: 2, maxPoints: 3 },
          { text: 'Есеп шығарады', reached: [], reachedPoints: 0, maxPoints: 1.5 },
        ],
      },
    ]);
  });

  it('gives the teacher’s feedback oldest first', () => {
    const s = reportOf(
      subject(allParts(5000), 5, {
        feedback: [
          { text: 'Мысал келтір.', givenAt: 2_000, about: 'БЖБ 1' },
          { text: 'Жақсы бастама.', givenAt: 1_000 },
        ],
      }),
    );
    expect(s.feedback.map((f) => f.text)).toEqual(['Жақсы бастама.', 'Мысал келтір.']);
  });
});

describe('pupilAchievementReport: attendance', () => {
  it('counts lessons held, missed by reason, whole days, latenesses and the percent present', () => {
    const lessons = [
      { id: 'l1', date: '2026-11-10', period: 1, status: 'held' as const },
      { id: 'l2', date: '2026-11-10', period: 2, status: 'held' as const },
      { id: 'l3', date: '2026-11-11', period: 1, status: 'held' as const },
      { id: 'l4', date: '2026-11-12', period: 1, status: 'held' as const },
      { id: 'l5', date: '2026-11-12', period: 2, status: 'held' as const },
      { id: 'l6', date: '2026-11-13', period: 1, status: 'cancelled' as const },
    ];
    const summary = attendanceSummary(lessons, [
      { sessionId: 'l1', status: 'absent' },
      { sessionId: 'l2', status: 'ill' },
      { sessionId: 'l3', status: 'late' },
      { sessionId: 'l4', status: 'excused' },
      { sessionId: 'l6', status: 'absent' },
    ]);
    const report = pupilAchievementReport({ pupil: pupil(), subjects: [], attendance: summary });
    // 5 held (the cancelled one is not), 3 missed (10 Nov whole), 1 late; 2 of 5 attended = 40 %.
    expect(report.attendance).toEqual({
      heldLessons: 5,
      missed: { absent: 1, excused: 1, ill: 1, total: 3 },
      wholeDaysMissed: 1,
      latenesses: 1,
      presentPercent: 40,
    });
    expect(pupilAchievementReport({ pupil: pupil(), subjects: [] }).attendance).toBeNull();
  });
});
