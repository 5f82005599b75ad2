/**
 * A pupils CSV file, from the head's pick to the stored rows, in two steps:
 *
 * 1. `previewPupilImport`: the file's plan against the school as this laptop holds it now
 *    (its class sets, and its pupils, deleted ones included so a re-import revives them).
 *    Nothing is written: the head reads the preview first.
 * 2. `storePupilImport`: the head's choice ("import all", refused while a row has errors;
 *    or "only the valid rows") turned into writes, all in one transaction: a file is
 *    stored whole or not at all. The ids are derived from the rows, so storing the same
 *    file again writes nothing, and rows already stored show as `unchanged` in a new preview.
 */
import type { IsoDate } from '@/domain/dates';
import { asId } from '@/domain/ids';
import { planPupilImport, type PupilImportPlan } from '../csv/planPupilImport';
import { pupilImportWrites, type PupilImportChoice } from '../csv/pupilImportWrites';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { readClassSets, readPupils } from '../db/queries/setupQueries';
import { writeTogether } from '../db/queries/setupTransaction';
import { createRecord } from '../db/writeRecord';

export async function previewPupilImport(db: SandyqDb, schoolId: string, bytes: Uint8Array, enrolledFrom: IsoDate): Promise<PupilImportPlan> {
  const [classSets, pupils] = await Promise.all([readClassSets(db, schoolId), readPupils(db, schoolId, { includeDeleted: true })]);
  const importSets = classSets.map((s) => ({ id: asId<'ClassSet'>(s.id), name: s.name, grades: s.grades, status: s.status }));
  return planPupilImport(bytes, { schoolId, classSets: importSets, pupils, enrolledFrom });
}

export type StoreImportResult =
  { readonly ok: true; readonly pupilsCreated: number } | { readonly ok: false; readonly error: Extract<PupilImportPlan, { ok: false }>['error'] };

export async function storePupilImport(db: SandyqDb, author: Author, plan: PupilImportPlan, choice: PupilImportChoice): Promise<StoreImportResult> {
  const result = pupilImportWrites(plan, choice);
  if (!result.ok) return result;
  await writeTogether(db, ['pupils', 'enrolments'], async () => {
    for (const write of result.writes) await createRecord(db, author, write.table, write.fields, { id: write.id });
  });
  return { ok: true, pupilsCreated: result.writes.filter((w) => w.table === 'pupils').length };
}
