/**
 * The Digital teacher programme's growth as it may leave the school (issue 13: staff-only
 * data, only aggregates of growth per subject and grade): for each grade and programme
 * subject, how many pupils have a growth from their starting checkpoint, how many not yet,
 * and the sum of their growth in percentage points (so a district adds schools and divides
 * once). Each pupil's growth is the programme's own (`pupilGrowth`, src/domain/digitalTeacher).
 *
 * A grade and subject with fewer than `MIN_GROWTH_PUPILS` programme pupils is left out, and
 * so is a subject's line over all grades below it: the programme is for pupils of low-income
 * families, and a line of one or two pupils in a school of 80 would name them. The pupils'
 * low-income status and psychologist notes are read by nothing here.
 */
import { pupilGrowth } from '@/domain/digitalTeacher/growth';
import type { SchoolTables } from './schoolTables';

export const MIN_GROWTH_PUPILS = 3;
/** The grade of a line over all grades. */
export const ALL_GRADES = 0;

/** [grade (0 = all), subject code, pupils with growth, pupils without yet, sum of growth in percentage points] */
export type GrowthCell = [number, string, number, number, number];

export function growthCells(tables: SchoolTables): GrowthCell[] {
  const codeOf = new Map(tables.subjects.map((s) => [s.id as string, s.code]));
  const gradeOf = new Map(tables.pupils.map((p) => [p.id as string, p.grade]));
  const lines = new Map<string, GrowthCell>();
  const add = (grade: number, code: string, growth: number | undefined) => {
    const key = `${grade}|${code}`;
    const line = lines.get(key) ?? [grade, code, 0, 0, 0];
    if (growth === undefined) line[3] += 1;
    else {
      line[2] += 1;
      line[4] += growth;
    }
    lines.set(key, line);
  };
  for (const record of tables.welfareRecords) {
    const grade = gradeOf.get(record.pupilId);
    if (grade === undefined) continue;
    for (const subjectId of record.subjectIds) {
      const code = codeOf.get(subjectId);
      if (code === undefined) continue;
      const { growth } = pupilGrowth({ pupilId: record.pupilId, checkpoints: record.checkpoints }, subjectId);
      add(grade, code, growth);
      add(ALL_GRADES, code, growth);
    }
  }
  return [...lines.values()]
    .filter((l) => l[2] + l[3] >= MIN_GROWTH_PUPILS)
    .map(([grade, code, withGrowth, without, sum]): GrowthCell => [grade, code, withGrowth, without, Math.round(sum * 10) / 10]);
}
