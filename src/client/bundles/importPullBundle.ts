/**
 * Imports a pull bundle (a school's or a class set's rows, and lesson files) on a laptop
 * with no link. The whole file is checked against its checksum before anything is stored
 * (a cut or altered file is refused whole). Then frame by frame, through the path a pull
 * stores by (`SyncStore.storePage`: per-field merge, set-aside, the clock), each file piece
 * beside an unfinished download's (`parts`), as `keepFile` keeps a downloaded file.
 *
 * Resumable: after each frame the next frame's offset is stored under the file's checksum,
 * so choosing the same file again after the drive was pulled out continues where it stopped.
 * The progress lives in another database than the rows, so a cut between the two stores a
 * page twice at worst, which changes nothing (the merge is idempotent).
 *
 * Signed: the server signs the file for its readers' sessions (`bundleFormat.ts`); a file
 * signed for nobody signed in here is refused whole, as a cut one is.
 *
 * The cursor: only a school bundle imported into a staff database may move the pull cursor
 * (to the bundle's, if ahead), and only once every page is stored; a class set's bundle is
 * a subset of what the laptop pulls, so its pull keeps its place.
 */
import { parseCursor, type PulledRow } from '@/sync/protocol';
import {
  BundleError,
  BundleProblem,
  filePieceSchema,
  pullHeaderSchema,
  PullScopeKind,
  pullPageSchema,
  pullSignedFor,
  readFrames,
  splitSignatures,
  readHeader,
  verifyBundle,
  type BundleSource,
  type PullHeader,
} from '@/sync/bundleFormat';
import { DATA_DB_PREFIX } from '../auth/dataDbName';
import type { SandyqDb } from '../db/db';
import { dexieSyncStore } from '../db/dexieSyncStore';
import type { FilesDb } from '../db/files/filesDb';
import type { KeptFileCache } from '../files/keptFileCache';
import { sha256OfBlob } from '../files/sha256OfBlob';
import type { BundlesDb, PullImport } from '../db/bundles/bundlesDb';

export interface PullImportProgress {
  phase: 'checking' | 'storing' | 'done';
  /** Bytes checked, while `checking`. */
  checked?: number;
  size: number;
  rowsStored: number;
  rows: number;
  filesStored: number;
  files: number;
}

export interface PullImportDeps {
  db: SandyqDb;
  schoolId: string;
  files: { db: FilesDb; cache: KeptFileCache };
  progress: BundlesDb;
  /**
   * The session tokens of the people signed in on this laptop: the server signed the bundle
   * for its readers' sessions, and one of these must find its signature (a file made up on
   * a drive must not plant rows on a laptop with no link to check against).
   */
  sessionTokens: readonly string[];
  /** For a pupil's database: the pupil's class set (a pupil holds only their class's bundle). */
  pupilClassSetId?: string;
  now?: () => number;
  onProgress?: (p: PullImportProgress) => void;
}

export interface PullImportResult {
  header: PullHeader;
  rowsStored: number;
  filesStored: number;
  /** True when this call continued an import a cut had stopped. */
  resumed: boolean;
  /** True when the same file had been imported whole before: nothing was stored. */
  alreadyImported: boolean;
}

export async function importPullBundle(whole: BundleSource, deps: PullImportDeps): Promise<PullImportResult> {
  const now = deps.now ?? Date.now;
  const report = (p: Omit<PullImportProgress, 'size'>) => deps.onProgress?.({ ...p, size: whole.size });
  const blank = { rowsStored: 0, rows: 0, filesStored: 0, files: 0 };
  const { content, signatures } = await splitSignatures(whole);
  const source = content;
  const bundleSha = await verifyBundle(source, (checked) => report({ phase: 'checking', checked, ...blank }));
  if (!(await pullSignedFor(bundleSha, signatures, deps.sessionTokens))) {
    throw new BundleError(BundleProblem.unsigned, 'The bundle is not signed for anyone signed in on this laptop');
  }
  const { header, next } = await readHeader(source, pullHeaderSchema);
  if (header.schoolId !== deps.schoolId) throw new BundleError(BundleProblem.wrongSchool, 'The bundle is of another school');
  if (!mayHold(deps, header)) throw new BundleError(BundleProblem.wrongKind, 'This database may not hold the rows of that scope');

  const found = await deps.progress.imports.get(bundleSha);
  const totals = { rows: header.rows, files: header.files };
  if (found?.completedAt !== undefined && found.dbName === deps.db.name) {
    report({ phase: 'done', ...totals, rowsStored: found.rowsStored, filesStored: found.filesStored });
    return { header, rowsStored: 0, filesStored: 0, resumed: false, alreadyImported: true };
  }
  const state: PullImport =
    found && found.dbName === deps.db.name
      ? { ...found }
      : { bundleSha, dbName: deps.db.name, nextOffset: next, rowsStored: 0, filesStored: 0, startedAt: now() };
  const resumed = found !== undefined && state.nextOffset > next;
  const store = dexieSyncStore(deps.db);
  if (!resumed) await store.receiveServerTime(header);
  const startRows = state.rowsStored;
  const startFiles = state.filesStored;

  for await (const frame of readFrames(source, state.nextOffset)) {
    const page = pullPageSchema.safeParse(frame.meta);
    const piece = page.success ? undefined : filePieceSchema.safeParse(frame.meta);
    if (page.success) {
      const cursor = (await store.readCursor()) ?? 'v1:0';
      await store.storePage(page.data.rows as PulledRow[], cursor, header.serverTime);
      state.rowsStored += page.data.rows.length;
    } else if (piece?.success) {
      if (await storePiece(deps.files, piece.data, frame.data, now)) state.filesStored += 1;
    } else {
      throw new BundleError(BundleProblem.unsupported, 'A frame this version does not read');
    }
    state.nextOffset = frame.next;
    await deps.progress.imports.put(state);
    report({ phase: 'storing', ...totals, rowsStored: state.rowsStored, filesStored: state.filesStored });
  }

  if (header.cursor && deps.db.name.startsWith(DATA_DB_PREFIX.staff)) {
    const held = await store.readCursor();
    if (parseCursor(header.cursor) > parseCursor(held as never)) await store.storeCursor(header.cursor);
  }
  state.completedAt = now();
  await deps.progress.imports.put(state);
  report({ phase: 'done', ...totals, rowsStored: state.rowsStored, filesStored: state.filesStored });
  return { header, rowsStored: state.rowsStored - startRows, filesStored: state.filesStored - startFiles, resumed, alreadyImported: false };
}

/**
 * Stores one piece; on the last, checks the whole file against its name and keeps it, as a
 * download is kept. Returns whether a file was completed by this piece.
 */
async function storePiece(
  files: PullImportDeps['files'],
  piece: import('@/sync/bundleFormat').FilePiece,
  bytes: Uint8Array,
  now: () => number,
): Promise<boolean> {
  if (await files.db.kept.get(piece.sha256)) return false;
  await files.db.parts.put({ sha256: piece.sha256, start: piece.offset, bytes: new Blob([bytes as BlobPart]) });
  if (piece.offset + bytes.byteLength < piece.size) return false;
  const parts = await files.db.parts.where('sha256').equals(piece.sha256).sortBy('start');
  const whole = new Blob(
    parts.map((p) => p.bytes),
    { type: piece.mime },
  );
  if (whole.size !== piece.size || (await sha256OfBlob(whole)) !== piece.sha256) {
    await files.db.parts.where('sha256').equals(piece.sha256).delete();
    throw new BundleError(BundleProblem.unsupported, `The file ${piece.sha256} in the bundle does not match its name`);
  }
  await files.cache.put(piece.sha256, whole, piece.mime);
  await files.db.transaction('rw', files.db.kept, files.db.parts, async () => {
    await files.db.kept.put({ sha256: piece.sha256, size: piece.size, mime: piece.mime, name: piece.name, keptAt: now() });
    await files.db.parts.where('sha256').equals(piece.sha256).delete();
  });
  return true;
}

/**
 * Which database may hold a scope's rows (the rule `dataDbName.ts` keeps): a school's rows,
 * staff-only ones among them, only a staff database; a class set's rows a staff database
 * or the database of a pupil of that class set. Never a methodologist's.
 */
function mayHold(deps: Pick<PullImportDeps, 'db' | 'pupilClassSetId'>, header: PullHeader): boolean {
  if (deps.db.name.startsWith(DATA_DB_PREFIX.staff)) return true;
  return (
    deps.db.name.startsWith(DATA_DB_PREFIX.pupil) && header.scope.kind === PullScopeKind.classSet && header.scope.classSetId === deps.pupilClassSetId
  );
}
