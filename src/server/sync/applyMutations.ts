/**
 * Applies one device's batch of mutations in the caller's transaction, idempotently:
 * each (device, user) stream has a `last_seq`, and a mutation at or below it was already
 * decided, so a replayed request changes nothing and re-reports its rejections.
 *
 * Per mutation, in seq order: authorize, validate, merge per field by stamp into the stored
 * row, and record every concurrent value that lost as a `conflicts` row (rule S4). Every
 * changed row takes the school's next log seq; the school row is locked for the duration,
 * so seqs commit in order and a pull never skips a row committed late.
 */
import { derivedId } from '@/domain/ids';
import type { TableName } from '@/domain/tables';
import { clocksSeenBy, fieldsSeenBy, mayRead, rowAccessOf, type Reader } from '@/sync/readAccess';
import { mergeRow, sameValue, type LostValue } from '@/sync/mergeRow';
import type { Mutation, Rejection } from '@/sync/protocol';
import type { SqlExecutor } from '../storage/database';
import type { AuthContext } from '../auth/authContext';
import { bindSyncDevice } from '../accounts/deviceBinding';
import { authorizeMutation } from './authorizeMutation';
import { readerFor } from './pullRows';
import { validateMutationFields } from './validateMutationFields';
import { loadRecords, recordKey, upsertRecords, type StoredRecord } from './recordStore';
import type { ServerClock } from './serverClock';

export interface ApplyResult {
  ackUpToSeq: number | null;
  rejected: Rejection[];
  /** Rows stored or changed, for logs and tests. */
  applied: number;
}

export async function applyMutations(
  tx: SqlExecutor,
  ctx: AuthContext,
  deviceId: string,
  mutations: readonly Mutation[],
  clock: ServerClock,
  /** Refusals `screenMutation` made before this point; decided with the batch like any other. */
  screened: readonly Rejection[] = [],
): Promise<ApplyResult> {
  await bindSyncDevice(tx, ctx, deviceId);
  const [stream] = await tx.query<{ last_seq: number }>(
    `INSERT INTO device_streams (school_id, device_id, user_id) VALUES ($1, $2, $3)
     ON CONFLICT (school_id, device_id, user_id) DO UPDATE SET last_seq = device_streams.last_seq
     RETURNING last_seq`,
    [ctx.schoolId, deviceId, ctx.userId],
  );
  const lastSeq = Number(stream?.last_seq ?? 0);
  const replayedSeqs = [...new Set([...mutations, ...screened].filter((m) => m.seq <= lastSeq).map((m) => m.seq))];
  const rejected: Rejection[] = replayedSeqs.length ? await previousRejections(tx, ctx.schoolId, deviceId, ctx.userId, replayedSeqs) : [];
  const maxSeq = [...mutations, ...screened].reduce((max, m) => Math.max(max, m.seq), lastSeq);
  const freshScreened = screened.filter((r) => r.seq > lastSeq);
  // S6: a seq at or below last_seq is a replay, unless the server plainly never applied
  // its change (a laptop restored from an old disk image reuses seqs for new changes).
  const decidedBefore = new Set(rejected.map((r) => r.seq));
  const replayed = mutations.filter((m) => m.seq <= lastSeq && !decidedBefore.has(m.seq));
  const replayRows = replayed.length ? await loadRecords(tx, ctx.schoolId, uniqueKeys(replayed)) : new Map<string, StoredRecord>();
  const reused = replayed.filter((m) => wasNeverApplied(m, replayRows.get(recordKey(m.table, m.id))));
  const fresh = [...reused, ...mutations.filter((m) => m.seq > lastSeq)];
  if (fresh.length === 0 && freshScreened.length === 0) {
    const stored = rejected.length
      ? await loadRecords(
          tx,
          ctx.schoolId,
          rejected.map((r) => ({ table: r.table, id: r.id })),
        )
      : new Map();
    const reader = await readerFor(tx, ctx);
    return {
      ackUpToSeq: mutations.length || screened.length || lastSeq ? maxSeq : null,
      rejected: rejected.map((r) => withServerRow(ctx, reader, r, stored.get(recordKey(r.table, r.id)))),
      applied: 0,
    };
  }

  const [school] = await tx.query<{ head_seq: number }>('SELECT head_seq FROM schools WHERE id = $1 FOR UPDATE', [ctx.schoolId]);
  let head = Number(school?.head_seq ?? 0);
  // Rows of replayed rejections too: their answer carries the row as stored (S3).
  const rows = await loadRecords(tx, ctx.schoolId, uniqueKeys([...fresh, ...rejected]));
  const dirty = new Map<string, StoredRecord>();
  const newRejections: Rejection[] = [];

  // The clock folds in the stamps of accepted changes only (C3): a refused change's stamps
  // never move it. It folds a change's stamp only when it is the greatest so far (stamps
  // compare as strings): parsing every field's stamp cost more than the merge.
  let greatest: string | undefined;
  for (const m of fresh) {
    const key = recordKey(m.table, m.id);
    const current = rows.get(key);
    const auth = authorizeMutation(ctx, m, current);
    if (!auth.ok) {
      newRejections.push({ seq: m.seq, table: m.table, id: m.id, reason: auth.reason });
      continue;
    }
    if (auth.duplicate) continue;
    const issues = validateMutationFields(m.table, m.fields, current?.data);
    if (issues.length) {
      newRejections.push({ seq: m.seq, table: m.table, id: m.id, reason: 'invalid', issues });
      continue;
    }
    for (const stamp of Object.values(m.clocks)) {
      if (greatest === undefined || stamp > greatest) {
        greatest = stamp;
        clock.observe(stamp);
      }
    }
    const merged = mergeRow(current && { fields: current.data, clocks: current.clocks }, m);
    if (merged.changedFields.length > 0) {
      head += 1;
      const next = toStored(m.table, m.id, merged.row.fields, merged.row.clocks, head, deviceId, current);
      rows.set(key, next);
      dirty.set(key, next);
    }
    for (const lost of merged.lost) {
      head += 1;
      const conflict = conflictRecord(m.table, m.id, lost, lost.side === 'incoming' ? deviceId : current?.writer_device, head, clock);
      const conflictKey = recordKey(conflict.tbl, conflict.id);
      if (!rows.has(conflictKey)) {
        rows.set(conflictKey, conflict);
        dirty.set(conflictKey, conflict);
      }
    }
  }
  // A change refused whole is reported once: its partial `unknownFields` refusal gives way.
  const refusedWhole = new Set(newRejections.map((r) => r.seq));
  newRejections.push(...freshScreened.filter((r) => !refusedWhole.has(r.seq)));
  newRejections.sort((a, b) => a.seq - b.seq);

  await upsertRecords(tx, ctx.schoolId, [...dirty.values()]);
  if (newRejections.length) await storeRejections(tx, ctx.schoolId, deviceId, ctx.userId, newRejections);
  await tx.query('UPDATE schools SET head_seq = $2 WHERE id = $1', [ctx.schoolId, head]);
  await tx.query('UPDATE device_streams SET last_seq = $4 WHERE school_id = $1 AND device_id = $2 AND user_id = $3', [
    ctx.schoolId,
    deviceId,
    ctx.userId,
    maxSeq,
  ]);
  const allRejected = [...rejected, ...newRejections];
  const reader = allRejected.length ? await readerFor(tx, ctx) : { roles: ctx.roles };
  const answered = allRejected.map((r) => withServerRow(ctx, reader, r, rows.get(recordKey(r.table, r.id))));
  return { ackUpToSeq: maxSeq, rejected: answered, applied: dirty.size };
}

/**
 * S6: whether a replayed seq carries a change the server never applied. An applied change
 * left every field it wrote with a stamp at least its own; a field stored older (or not at
 * all) means this change is new. Re-applying a change that was applied changes nothing.
 */
function wasNeverApplied(m: Mutation, stored: StoredRecord | undefined): boolean {
  if (!stored) return true;
  if (m.kind === 'append') return !sameValue(stored.data, m.fields);
  return Object.entries(m.clocks).some(
    ([field, stamp]) => field in m.fields && (stored.clocks[field] === undefined || stored.clocks[field]! < stamp),
  );
}

/** Lets the device undo a refused change: the row as stored, where the user may read it, as they may read it. */
function withServerRow(ctx: AuthContext, reader: Reader, r: Rejection, stored: StoredRecord | undefined): Rejection {
  if (r.reason === 'wrongSchool' || r.reason === 'unsupported') return r;
  if (stored !== undefined && !mayReadStored(reader, stored)) return r;
  const fields = stored && fieldsSeenBy(reader, stored.tbl, stored.data);
  return {
    ...r,
    row: stored && fields ? { table: stored.tbl, id: stored.id, schoolId: ctx.schoolId, fields, clocks: clocksSeenBy(fields, stored.clocks) } : null,
  };
}

/** Whether a rejection may carry the stored row: by the same read rules as a pull (P2). */
function mayReadStored(reader: Reader, stored: StoredRecord): boolean {
  return mayRead(reader, { audience: stored.audience, pupilId: stored.pupil_id, classSetId: stored.class_set_id, pupilIds: stored.data.pupilIds });
}

function uniqueKeys(items: ReadonlyArray<{ table: string; id: string }>): Array<{ table: string; id: string }> {
  const seen = new Map<string, { table: string; id: string }>();
  for (const m of items) seen.set(recordKey(m.table, m.id), { table: m.table, id: m.id });
  return [...seen.values()];
}

function toStored(
  table: TableName,
  id: string,
  data: Record<string, unknown>,
  clocks: Record<string, string>,
  seq: number,
  deviceId: string | null,
  current: StoredRecord | undefined,
): StoredRecord {
  const access = rowAccessOf(table, id, data);
  const sameRun = current !== undefined && current.writer_device === deviceId && deviceId !== null;
  return {
    tbl: table,
    id,
    data,
    clocks,
    seq,
    writer_device: deviceId,
    run_prev_seq: sameRun ? current.run_prev_seq : (current?.seq ?? 0),
    audience: access.audience,
    pupil_id: access.pupilId,
    class_set_id: access.classSetId,
  };
}

/** A conflict row's id is derived from what lost, so recording the same loss twice is one row. */
function conflictRecord(
  table: TableName,
  rowId: string,
  lost: LostValue,
  losingDeviceId: string | null | undefined,
  seq: number,
  clock: ServerClock,
): StoredRecord {
  const id = derivedId('conflict', table, rowId, lost.field, lost.stamp);
  const data: Record<string, unknown> = {
    table,
    rowId,
    field: lost.field,
    losingValue: lost.value ?? null,
    losingStamp: lost.stamp,
    winningStamp: lost.winningStamp,
    ...(losingDeviceId ? { losingDeviceId } : {}),
    status: 'open',
  };
  const stamp = clock.stamp();
  const clocks = Object.fromEntries(Object.keys(data).map((f) => [f, stamp]));
  return toStored('conflicts', id, data, clocks, seq, null, undefined);
}

async function previousRejections(tx: SqlExecutor, schoolId: string, deviceId: string, userId: string, seqs: number[]): Promise<Rejection[]> {
  const rows = await tx.query<{ seq: number; tbl: TableName; row_id: string; reason: Rejection['reason']; issues: string[] | null }>(
    "SELECT seq, tbl, row_id, reason, issues FROM rejections WHERE school_id = $1 AND device_id = $2 AND user_id IN ($4, '') AND seq = ANY($3::bigint[])",
    [schoolId, deviceId, seqs, userId],
  );
  return rows.map((r) => ({ seq: Number(r.seq), table: r.tbl, id: r.row_id, reason: r.reason, ...(r.issues ? { issues: r.issues } : {}) }));
}

async function storeRejections(tx: SqlExecutor, schoolId: string, deviceId: string, userId: string, rejections: Rejection[]): Promise<void> {
  await tx.query(
    `INSERT INTO rejections (school_id, device_id, user_id, seq, tbl, row_id, reason, issues)
     SELECT $1, $2, $4, x.seq, x.tbl, x.row_id, x.reason, x.issues
       FROM jsonb_to_recordset($3::jsonb) AS x(seq bigint, tbl text, row_id text, reason text, issues jsonb)
     ON CONFLICT DO NOTHING`,
    [
      schoolId,
      deviceId,
      JSON.stringify(rejections.map((r) => ({ seq: r.seq, tbl: r.table, row_id: r.id, reason: r.reason, issues: r.issues ?? null }))),
      userId,
    ],
  );
}
