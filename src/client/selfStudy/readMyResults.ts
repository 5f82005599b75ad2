/**
 * A pupil's results, as My results reads them: each assessment they were given with every
 * attempt (two laptops make two, shown apart), which one counts and why (the assignment's
 * rule), the score, the descriptors reached, and the teacher's feedback.
 */
import { countedAttempt } from '@/domain/assessments/attemptCounting';
import type { AttemptCounting } from '@/domain/entities/assignment';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';
import { attemptTotal, type AttemptTotal } from '@/domain/gradebook/attemptTotal';

export interface ResultOfWork {
  readonly assessment: RowOf<'assessments'>;
  readonly assignmentId?: string | undefined;
  readonly counting: AttemptCounting;
  readonly attempts: readonly AttemptTotal[];
  readonly countedId?: string | undefined;
  /** Descriptor texts the teacher ticked on the counted attempt, by criterion. */
  readonly descriptorsReached: ReadonlyArray<{ readonly criterion: string; readonly descriptor: string; readonly points: number }>;
  readonly feedback: readonly string[];
}

export async function readMyResults(db: SandyqDb, pupilId: string): Promise<ResultOfWork[]> {
  const [attempts, results, feedback] = await Promise.all([
    liveRows(db, 'attempts').where('pupilId', pupilId),
    liveRows(db, 'attemptResults').where('pupilId', pupilId),
    liveRows(db, 'feedback').where('pupilId', pupilId),
  ]);
  const [assessments, assignments] = await Promise.all([
    liveRows(db, 'assessments').bulkGet(attempts.map((a) => a.assessmentId)),
    liveRows(db, 'assignments').bulkGet(attempts.flatMap((a) => (a.assignmentId ? [a.assignmentId] : []))),
  ]);
  const resultOf = new Map(results.map((r) => [r.attemptId as string, r]));
  const groups = new Map<string, Array<RowOf<'attempts'>>>();
  for (const a of attempts) {
    const key = a.assignmentId ?? `assessment:${a.assessmentId}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const out: ResultOfWork[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const assessment = assessments.find((x) => x.id === first.assessmentId);
    if (!assessment) continue;
    const assignment = assignments.find((x) => x.id === first.assignmentId);
    const counting = assignment?.counting ?? 'best';
    const totals = group.map((a) => attemptTotal(a, resultOf.get(a.id), assessment)).sort((a, b) => a.submittedAt - b.submittedAt);
    const counted = countedAttempt(totals, counting);
    const reached = counted?.result?.descriptorsReached ?? [];
    out.push({
      assessment,
      assignmentId: assignment?.id,
      counting,
      attempts: totals,
      countedId: counted?.id,
      descriptorsReached: reached.flatMap(([c, d]) => {
        const criterion = assessment.criteria[c];
        const descriptor = criterion?.descriptors[d];
        return criterion && descriptor ? [{ criterion: criterion.text, descriptor: descriptor.text, points: descriptor.points }] : [];
      }),
      feedback: feedback.filter((f) => group.some((a) => a.id === f.aboutId)).map((f) => f.text),
    });
  }
  return out.sort((a, b) => b.attempts[b.attempts.length - 1]!.submittedAt - a.attempts[a.attempts.length - 1]!.submittedAt);
}
