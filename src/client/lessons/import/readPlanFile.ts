/** A КТЖ file's cells as text, row by row (`readSheetFile`: .xlsx or CSV in any encoding Excel writes). */
import { readSheetFile } from '@/client/csv/readSheetFile';
import { PlanImportProblem } from './planImportProblem';

export type PlanFileRows = { readonly ok: true; readonly rows: string[][] } | { readonly ok: false; readonly problem: PlanImportProblem };

export async function readPlanFile(bytes: Uint8Array): Promise<PlanFileRows> {
  const rows = await readSheetFile(bytes);
  return rows ? { ok: true, rows } : { ok: false, problem: PlanImportProblem.unreadableFile };
}
