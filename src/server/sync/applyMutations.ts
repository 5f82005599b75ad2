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
import { Role } from '@/domain/roles';
import { TABLE_KIND, TableKind, type TableName } from '@/domain/tables';
import { clocksSeenBy, fieldsSeenBy, mayRead, rowAccessOf, type Reader } from '@/sync/readAccess';
import { mergeRow, sameValue, type LostValue } from '@/sync/mergeRow';
import type { Mutation, Rejection } from '@/sync/protocol';
import type { SqlExecutor } from '../storage/database';
import type { AuthContext } from '../auth/authContext';
import { openSyncStreams } from '../accounts/deviceBinding';
import { SYSTEM_USER_ID, systemDeviceId } from '../accounts/systemUser';
import { authorizeMutation } from './authorizeMutation';
import { readerFor } from './pullRows';
import { validateMutationFields } from './validateMutationFields';
import { loadRecords, recordKey, type StoredRecord } from './recordStore';
import { writeBatch } from './batchWrite';
import { scoreLoadedAttempts, scoringItemIds, scoringKeys, unscoredAttempts } from './attemptScoring';
import type { ServerClock } from './serverClock';

export interface ApplyResult {
  ackUpToSeq: number | null;
  rejected: Rejection[];
  /** Rows stored or changed, for logs and tests. */
  applied: number;
}

export interface ApplyOptions {
  /**
   * Scores the attempts the batch submits (attemptScoring.ts) inside the batch's own read
   * and write, `scoredAt` this time (ms): the rows scoring needs are read with the batch's
   * and the results stored with its rows, instead of a second pass of reads and writes.
   */
  scoreAttemptsAt?: number;
}

/** The server's own writer of scored results: the system stream of the school (writeSystemRecords.ts). */
function systemContext(schoolId: string): AuthContext {
  return { schoolId, userId: SYSTEM_USER_ID, roles: [Role.head] };
}

export async function applyMutations(
  tx: SqlExecutor,
  ctx: AuthContext,
  deviceId: string,
  mutations: readonly Mutation[],
  clock: ServerClock,
  /** Refusals `screenMutation` made before this point; decided with the batch like any other. */
  screened: readonly Rejection[] = [],
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const [result] = await applyMutationBatches(tx, deviceId, [{ ctx, mutations, screened }], clock, options);
  return result!;
}

/** One person's changes in a request: what `applyMutations` takes for one batch. */
export interface MutationBatch {
  ctx: AuthContext;
  mutations: readonly Mutation[];
  /** Refusals `screenMutation` made before this point; decided with the batch like any other. */
  screened: readonly Rejection[];
}

/** A batch once its stream's `last_seq` is known: what is new, what is a replay. */
interface PlannedBatch {
  batch: MutationBatch;
  /** Refusals decided before (a replay is answered the same). */
  rejected: Rejection[];
  maxSeq: number;
  freshScreened: Rejection[];
  fresh: Mutation[];
  attempts: Mutation[];
  /** Nothing to decide: every change a replay. */
  idle: boolean;
  ackUpToSeq: number | null;
}

/**
 * Applies the batches of several people of one school on one laptop (a v2 request; one
 * batch for v1) as if one after the other, in the same statements: the streams opened and
 * the school locked in one, every row any batch reads in one, every row, stream and refusal
 * written in one. A school day from a shared laptop is then five statements instead of
 * three a person. The users must be distinct (each stream is read once).
 */
export async function applyMutationBatches(
  tx: SqlExecutor,
  deviceId: string,
  batches: readonly MutationBatch[],
  clock: ServerClock,
  options: ApplyOptions = {},
): Promise<ApplyResult[]> {
  const schoolId = batches[0]!.ctx.schoolId;
  const anyDecided = batches.some((b) => b.mutations.length > 0 || b.screened.length > 0);
  // Statement 1: device bound, streams opened, school locked (deviceBinding.ts).
  const streams = await openSyncStreams(
    tx,
    batches.map((b) => b.ctx),
    deviceId,
    anyDecided,
  );
  const plans: PlannedBatch[] = [];
  for (const [i, batch] of batches.entries()) plans.push(await planBatch(tx, batch, deviceId, streams.lastSeqs[i]!, options));

  const reader = async (ctx: AuthContext) => readerFor(tx, ctx);
  if (plans.every((p) => p.idle)) {
    const stored = await loadRecords(
      tx,
      schoolId,
      plans.flatMap((p) => p.rejected.map((r) => ({ table: r.table, id: r.id }))),
    );
    const results: ApplyResult[] = [];
    for (const p of plans) {
      const seen = p.rejected.length ? await reader(p.batch.ctx) : { roles: p.batch.ctx.roles };
      results.push({
        ackUpToSeq: p.ackUpToSeq,
        rejected: p.rejected.map((r) => withServerRow(p.batch.ctx, seen, r, stored.get(recordKey(r.table, r.id)))),
        applied: 0,
      });
    }
    return results;
  }

  let head = streams.headSeq ?? 0;
  // Stamps other server processes stored for the school come first (serverClock.ts).
  if (streams.clockStamp) clock.observe(streams.clockStamp);
  // Statement 2: every row the batches read: their rows, rows of replayed rejections (their
  // answer carries the row as stored, S3), and what scoring their attempts reads.
  const looked = keyedUniquely(
    plans.flatMap((p) => [...p.fresh, ...p.rejected, ...p.attempts.flatMap((m) => [m, ...scoringKeys(m.id, m.fields), ...itemKeysOf(m.fields)])]),
  );
  const rows = await loadRecords(tx, schoolId, [...looked.values()]);
  // Looked up under the school's lock and not there: nobody else can store them before this
  // transaction ends, so they are written without a conflict check (batchWrite.ts).
  const absent = new Set<string>();
  looked.forEach((_, key) => {
    if (!rows.has(key)) absent.add(key);
  });
  const dirty = new Map<string, StoredRecord>();

  /** Authorizes, validates and merges one change into `rows`; the reason it is refused, if it is. */
  const merge = (actor: AuthContext, writer: string, m: Mutation): Rejection | undefined => {
    const key = recordKey(m.table, m.id);
    const current = rows.get(key);
    const auth = authorizeMutation(actor, m, current);
    if (!auth.ok) return { seq: m.seq, table: m.table, id: m.id, reason: auth.reason };
    if (auth.duplicate) return undefined;
    const issues = validateMutationFields(m.table, m.fields, current?.data);
    if (issues.length) return { seq: m.seq, table: m.table, id: m.id, reason: 'invalid', issues };
    const merged = mergeRow(current && { fields: current.data, clocks: current.clocks }, m);
    if (merged.changedFields.length > 0) {
      head += 1;
      const next = toStored(m.table, m.id, merged.row.fields, merged.row.clocks, head, writer, current);
      rows.set(key, next);
      dirty.set(key, next);
    }
    if (merged.lost.length > 0) foldGreatest(); // conflict rows are stamped after every write seen
    for (const lost of merged.lost) {
      head += 1;
      const conflict = conflictRecord(m.table, m.id, lost, lost.side === 'incoming' ? writer : current?.writer_device, head, clock);
      const conflictKey = recordKey(conflict.tbl, conflict.id);
      if (!rows.has(conflictKey)) {
        rows.set(conflictKey, conflict);
        dirty.set(conflictKey, conflict);
      }
    }
    return undefined;
  };

  // The clock folds in the stamps of accepted changes only (C3): a refused change's stamps
  // never move it. Only the greatest accepted stamp is folded (stamps compare as strings),
  // and only before the clock makes a stamp of its own (a conflict row, a scored result, the
  // batch's clock floor): folding each new greatest as it came read every change's stamp twice.
  let greatest: string | undefined;
  let folded: string | undefined;
  const foldGreatest = () => {
    if (greatest === undefined || greatest === folded) return;
    clock.observe(greatest);
    folded = greatest;
  };
  const decided: Array<{ plan: PlannedBatch; newRejections: Rejection[]; allRejected: Rejection[]; applied: number }> = [];
  for (const plan of plans) {
    const { ctx } = plan.batch;
    const dirtyBefore = dirty.size;
    const newRejections: Rejection[] = [];
    for (const m of plan.fresh) {
      const refusal = merge(ctx, deviceId, m);
      if (refusal) {
        newRejections.push(refusal);
        continue;
      }
      for (const field in m.clocks) {
        if (!Object.hasOwn(m.clocks, field)) continue;
        const stamp = m.clocks[field]!;
        if (greatest === undefined || stamp > greatest) greatest = stamp;
      }
    }
    // A change refused whole is reported once: its partial `unknownFields` refusal gives way.
    const refusedWhole = new Set(newRejections.map((r) => r.seq));
    newRejections.push(...plan.freshScreened.filter((r) => !refusedWhole.has(r.seq)));
    newRejections.sort((a, b) => a.seq - b.seq);
    const allRejected = [...plan.rejected, ...newRejections];

    const scoreAt = options.scoreAttemptsAt;
    if (scoreAt !== undefined && plan.attempts.length > 0) {
      const refused = new Set(allRejected.map((r) => r.seq));
      const lookup = (table: string, id: string) => rows.get(recordKey(table, id));
      const unscored = unscoredAttempts(
        plan.attempts.filter((m) => !refused.has(m.seq)).map((m) => m.id),
        lookup,
      );
      // Rarely more to read: a stored attempt's parents, or items only the assessment names.
      const more = uniqueKeys([
        ...unscored.flatMap((a) => scoringKeys(a.id, a)),
        ...scoringItemIds(unscored, lookup).map((id) => ({ table: 'items', id })),
      ]).filter((k) => !looked.has(recordKey(k.table, k.id)));
      if (more.length) for (const [key, row] of await loadRecords(tx, schoolId, more)) if (!rows.has(key)) rows.set(key, row);
      const system = systemContext(schoolId);
      const systemDevice = systemDeviceId(schoolId);
      foldGreatest();
      for (const result of scoreLoadedAttempts(unscored, lookup, scoreAt)) {
        const stamp = clock.stamp();
        // A result the rules refuse is not written; the attempt stays stored, unscored.
        merge(system, systemDevice, {
          seq: 0,
          table: result.table,
          id: result.id,
          schoolId,
          kind: TABLE_KIND[result.table] === TableKind.appendOnly ? 'append' : 'upsert',
          fields: result.fields,
          clocks: Object.fromEntries(Object.keys(result.fields).map((f) => [f, stamp])),
        });
      }
    }
    decided.push({ plan, newRejections, allRejected, applied: dirty.size - dirtyBefore });
  }

  foldGreatest();
  const newRecords: StoredRecord[] = [];
  const records: StoredRecord[] = [];
  // forEach, not for...of: no [key, row] pair made for each of a school day's rows.
  dirty.forEach((row, key) => (absent.has(key) ? newRecords : records).push(row));
  // Statement 3: rows, head, streams and refusals stored together (batchWrite.ts).
  await writeBatch(tx, schoolId, {
    newRecords,
    records,
    headSeq: head,
    clockStamp: clock.latest(),
    deviceId,
    streams: plans.map((p) => ({ userId: p.batch.ctx.userId, lastSeq: p.maxSeq })),
    rejections: decided.flatMap((d) => d.newRejections.map((r) => ({ ...r, userId: d.plan.batch.ctx.userId }))),
  });
  const results: ApplyResult[] = [];
  for (const { plan, allRejected, applied } of decided) {
    const { ctx } = plan.batch;
    const seen = allRejected.length ? await reader(ctx) : { roles: ctx.roles };
    const answered = allRejected.map((r) => withServerRow(ctx, seen, r, rows.get(recordKey(r.table, r.id))));
    results.push({ ackUpToSeq: plan.idle ? plan.ackUpToSeq : plan.maxSeq, rejected: answered, applied });
  }
  return results;
}

/**
 * What of a batch is new, given its stream's `last_seq`. S6: a seq at or below it is a
 * replay, unless the server plainly never applied its change (a laptop restored from an old
 * disk image reuses seqs for new changes); replays cost statements of their own, rarely.
 */
async function planBatch(tx: SqlExecutor, batch: MutationBatch, deviceId: string, lastSeq: number, options: ApplyOptions): Promise<PlannedBatch> {
  const { ctx, mutations, screened } = batch;
  const decided = [...mutations, ...screened];
  const replayedSeqs = [...new Set(decided.filter((m) => m.seq <= lastSeq).map((m) => m.seq))];
  const rejected: Rejection[] = replayedSeqs.length ? await previousRejections(tx, ctx.schoolId, deviceId, ctx.userId, replayedSeqs) : [];
  const maxSeq = decided.reduce((max, m) => Math.max(max, m.seq), lastSeq);
  const freshScreened = screened.filter((r) => r.seq > lastSeq);
  const decidedBefore = new Set(rejected.map((r) => r.seq));
  const replayed = mutations.filter((m) => m.seq <= lastSeq && !decidedBefore.has(m.seq));
  const replayRows = replayed.length ? await loadRecords(tx, ctx.schoolId, uniqueKeys(replayed)) : new Map<string, StoredRecord>();
  const reused = replayed.filter((m) => wasNeverApplied(m, replayRows.get(recordKey(m.table, m.id))));
  const fresh = [...reused, ...mutations.filter((m) => m.seq > lastSeq)];
  const attempts = options.scoreAttemptsAt === undefined ? [] : mutations.filter((m) => m.table === 'attempts');
  const idle = fresh.length === 0 && freshScreened.length === 0 && attempts.length === 0;
  return {
    batch,
    rejected,
    maxSeq,
    freshScreened,
    fresh,
    attempts,
    idle,
    ackUpToSeq: mutations.length || screened.length || lastSeq ? maxSeq : null,
  };
}

/** The items an attempt names, read with the batch so scoring it needs no read of its own. */
function itemKeysOf(fields: Record<string, unknown>): Array<{ table: string; id: string }> {
  const ids = fields.itemIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string').map((id) => ({ table: 'items', id })) : [];
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

/** The rows named, each once, by `recordKey`: the keys are made once a row, and the map answers what was looked up. */
function keyedUniquely(items: ReadonlyArray<{ table: string; id: string }>): Map<string, { table: string; id: string }> {
  const seen = new Map<string, { table: string; id: string }>();
  for (const m of items) seen.set(recordKey(m.table, m.id), m);
  return seen;
}

function uniqueKeys(items: ReadonlyArray<{ table: string; id: string }>): Array<{ table: string; id: string }> {
  return [...keyedUniquely(items).values()];
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
