/**
 * What the school's achievement monitoring says of each pupil in the programme subjects,
 * the input of eligibility: the latest term mark the gradebook gives (the same
 * `schoolTermMarks` the achievement report runs) and the pupil's share of the points of
 * their scored work in the subject (the mastery the class mastery report is made of).
 */
import type { SubjectAchievement } from '@/domain/digitalTeacher/eligibility';
import type { SandyqDb } from '../db/db';
import { loadAchievementTables } from '../achievement/loadAchievementTables';
import { schoolTermMarks } from '@/domain/gradebook/schoolTermMarks';

/** Pupil → their achievement in each programme subject with any mark or work. */
export async function readProgrammeAchievement(
  db: SandyqDb,
  schoolId: string,
  subjectIds: ReadonlySet<string>,
  today: string,
): Promise<ReadonlyMap<string, readonly SubjectAchievement[]>> {
  const tables = await loadAchievementTables(db, schoolId, undefined, today);
  const key = (pupilId: string, subjectId: string) => `${pupilId}\u0000${subjectId}`;
  const latestMark = new Map<string, { quarter: number; mark: number }>();
  for (const t of schoolTermMarks(tables)) {
    if (!subjectIds.has(t.subjectId) || t.mark === undefined) continue;
    const k = key(t.pupilId, t.subjectId);
    if ((latestMark.get(k)?.quarter ?? 0) < t.quarter) latestMark.set(k, { quarter: t.quarter, mark: t.mark });
  }
  const subjectOfAssignment = new Map<string, string>();
  const assessmentSubject = new Map(tables.assessments.map((a) => [a.id as string, a.subjectId as string]));
  for (const a of tables.assignments) subjectOfAssignment.set(a.id, assessmentSubject.get(a.assessmentId ?? '') ?? '');
  const resultOf = new Map(tables.attemptResults.map((r) => [r.attemptId as string, r]));
  const points = new Map<string, { points: number; max: number }>();
  for (const attempt of tables.attempts) {
    const subjectId = subjectOfAssignment.get(attempt.assignmentId ?? '') ?? '';
    if (!subjectIds.has(subjectId)) continue;
    for (const s of resultOf.get(attempt.id)?.itemScores ?? []) {
      const k = key(attempt.pupilId, subjectId);
      const sum = points.get(k) ?? { points: 0, max: 0 };
      points.set(k, { points: sum.points + s.points, max: sum.max + s.maxPoints });
    }
  }
  const out = new Map<string, SubjectAchievement[]>();
  for (const k of new Set([...latestMark.keys(), ...points.keys()])) {
    const [pupilId, subjectId] = k.split('\u0000') as [string, string];
    const sum = points.get(k);
    const entry: SubjectAchievement = {
      subjectId,
      termMark: latestMark.get(k)?.mark,
      masteryPercent: sum && sum.max > 0 ? Math.round((sum.points * 1000) / sum.max) / 10 : undefined,
    };
    out.set(pupilId, [...(out.get(pupilId) ?? []), entry]);
  }
  return out;
}
