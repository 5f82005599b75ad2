/**
 * A quarter of marks in the demo school, as the gradebook benchmarks read it: a combined
 * class set "5-6 Б" of 25 pupils added to the demo's own, and for every class set and
 * every subject of the school four formative tasks, two БЖБ and a ТЖБ given in quarter 2,
 * each pupil's result typed in the gradebook; in mathematics of 5-6 Б the formative tasks
 * were taken by the pupils and scored by the server (an attempt and its result each), so
 * the gradebook reads both paths. Everything is written on the server as its own rows.
 */
import { typedMarkIdOf } from '@/client/gradebook/gradebookCommands';
import { attemptResultIdOf } from '@/domain/entities/attemptResult';
import { derivedId } from '@/domain/ids';
import { seededRandom } from '@/domain/seededRandom';
import type { SystemRecord } from '@/server/accounts/writeSystemRecords';
import type { DemoSchool } from '@/server/demo/buildDemoSchool';

export const TARGET_PUPILS = 25;
const Q2_DAY = Date.UTC(2026, 10, 16, 5);
const KINDS = [
  ...Array.from({ length: 4 }, (_, i) => ({ kind: 'formative', title: `ҚБ ${i + 1}`, max: 10 })),
  { kind: 'sectionSummative', title: 'БЖБ 1', max: 20 },
  { kind: 'sectionSummative', title: 'БЖБ 2', max: 20 },
  { kind: 'termSummative', title: 'ТЖБ', max: 25 },
] as const;

export interface QuarterMarks {
  readonly records: readonly SystemRecord[];
  readonly targetClassSetId: string;
  readonly mathsId: string;
  readonly classSets: number;
  readonly subjects: number;
  readonly marks: number;
  readonly attempts: number;
}

export function quarterMarks(demo: DemoSchool): QuarterMarks {
  const key = (...parts: string[]) => derivedId('bench-quarter', ...parts);
  const random = seededRandom('bench-quarter');
  const out: SystemRecord[] = [];
  const add = (table: SystemRecord['table'], id: string, fields: Record<string, unknown>) => out.push({ table, id, fields });
  const yearId = demo.records.find((r) => r.table === 'academicYears')!.id;
  const staffId = demo.accounts.find((a) => a.login === 'teacher4')!.staffId!;
  const mathsId = demo.records.find((r) => r.table === 'subjects' && r.fields.code === 'mathematics')!.id;
  const subjects = demo.records.filter((r) => r.table === 'subjects').map((r) => r.id);

  const targetClassSetId = key('classSet');
  add('classSets', targetClassSetId, { name: '5-6 Б', grades: [5, 6], language: 'kk', academicYearId: yearId, status: 'active' });
  const pupilsOf = new Map<string, string[]>();
  for (const r of demo.records) {
    if (r.table !== 'pupils') continue;
    const set = String(r.fields.classSetId);
    pupilsOf.set(set, [...(pupilsOf.get(set) ?? []), r.id]);
  }
  const target = Array.from({ length: TARGET_PUPILS }, (_, i) => {
    const pupilId = key('pupil', String(i));
    const grade = 5 + (i % 2);
    add('pupils', pupilId, { surname: `Тегі${String(i).padStart(2, '0')}`, name: `Аты${i}`, grade, classSetId: targetClassSetId, status: 'active' });
    add('enrolments', key('enrolment', String(i)), { pupilId, classSetId: targetClassSetId, grade, from: '2026-09-01' });
    return pupilId;
  });
  pupilsOf.set(targetClassSetId, target);

  let marks = 0;
  let attempts = 0;
  for (const subjectId of subjects) {
    const assessments = KINDS.map((k, i) => {
      const id = key('assessment', subjectId, String(i));
      add('assessments', id, {
        kind: k.kind,
        title: k.title,
        subjectId,
        grades: [1, 2, 3, 4, 5, 6, 7, 8, 9],
        authorId: staffId,
        language: 'kk',
        criteria: [],
        selection: { kind: 'fixed', itemIds: [] },
        maxScore: k.max,
        ...(k.kind === 'formative' ? {} : { quarter: 2 }),
        ...(k.kind === 'sectionSummative' ? { sectionId: key('section', subjectId, String(i)) } : {}),
      });
      return { id, ...k };
    });
    for (const [classSetId, pupils] of pupilsOf) {
      for (const a of assessments) {
        const assignmentId = key('assignment', a.id, classSetId);
        add('assignments', assignmentId, { assessmentId: a.id, classSetId, assignedById: staffId, opensAt: Q2_DAY });
        for (const pupilId of pupils) {
          const score = Math.round(a.max * (0.3 + 0.7 * random.next()));
          if (classSetId === targetClassSetId && subjectId === mathsId && a.kind === 'formative') {
            const attemptId = key('attempt', assignmentId, pupilId);
            add('attempts', attemptId, {
              assignmentId,
              assessmentId: a.id,
              pupilId,
              startedAt: Q2_DAY + 60_000,
              submittedAt: Q2_DAY + 600_000,
              maxScore: a.max,
              itemIds: [],
            });
            add('attemptResults', attemptResultIdOf(attemptId), {
              attemptId,
              pupilId,
              assessmentId: a.id,
              assignmentId,
              autoPoints: score,
              autoMaxPoints: a.max,
              scoredAt: Q2_DAY + 601_000,
            });
            attempts += 1;
            continue;
          }
          add('marks', typedMarkIdOf(a.id, pupilId), {
            pupilId,
            subjectId,
            classSetId,
            academicYearId: yearId,
            kind: a.kind,
            score,
            maxScore: a.max,
            date: '2026-11-16',
            quarter: 2,
            assessmentId: a.id,
            authorId: staffId,
          });
          marks += 1;
        }
      }
    }
  }
  return { records: out, targetClassSetId, mathsId, classSets: pupilsOf.size, subjects: subjects.length, marks, attempts };
}
