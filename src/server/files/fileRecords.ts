/**
 * SQL for the `files` table: which school holds which file, its size and type. Always
 * keyed by school: a file another school holds is, to this school, a file that does not
 * exist (its bytes are kept apart too, so an upload never reveals another school's files).
 */
import type { SqlExecutor } from '../storage/database';

export interface FileRecord {
  sha256: string;
  size: number;
  mime: string;
}

export async function findFile(db: SqlExecutor, schoolId: string, sha256: string): Promise<FileRecord | undefined> {
  const [row] = await db.query<{ sha256: string; size: number | string; mime: string }>(
    'SELECT sha256, size, mime FROM files WHERE school_id = $1 AND sha256 = $2',
    [schoolId, sha256],
  );
  return row && { sha256: row.sha256, size: Number(row.size), mime: row.mime };
}

/** Records a stored file; the first upload's type stays if it was recorded already. */
export async function recordFile(db: SqlExecutor, schoolId: string, file: FileRecord, uploadedBy: string): Promise<FileRecord> {
  await db.query(
    `INSERT INTO files (school_id, sha256, size, mime, uploaded_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (school_id, sha256) DO NOTHING`,
    [schoolId, file.sha256, file.size, file.mime, uploadedBy],
  );
  return (await findFile(db, schoolId, file.sha256)) ?? file;
}
