/**
 * Binds a sync device id to the laptop whose session used it first. Pulls leave out a
 * device's own changes, so whoever pushes under another laptop's device id hides the
 * change from that laptop; a device id is not secret (conflict rows name the losing
 * device). The laptop id a session signed in with is known only to that laptop's sessions,
 * so several users of one shared laptop (one staff database, one device id) all sync under
 * it, and nobody else can.
 */
import type { SqlExecutor } from '../storage/database';
import type { AuthContext } from '../auth/authContext';
import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/errorCode';

export interface OpenedStream {
  /** The highest seq of this (device, user) stream already decided. */
  lastSeq: number;
  /** The school's log head, read under its row lock; undefined when the lock was not asked for. */
  headSeq: number | undefined;
  /** The greatest stamp stored for the school by any server process (serverClock.ts), with the lock. */
  clockStamp: string | undefined;
}

/**
 * Opens a batch's (device, user) stream in one statement: registers the device on first
 * use, bound to this session's laptop (refusing, 403, a device bound to another), creates
 * the stream if new and reads its `last_seq`, and, with `lockSchool`, takes the school
 * row's lock and reads its head. One round trip instead of three: a school's morning is
 * hundreds of small batches, and each statement is a round trip and a wake-up of the database.
 *
 * The school lock is taken in this statement, before the batch's rows are read in the next
 * (READ COMMITTED gives each statement a fresh snapshot): so two batches of one school
 * never merge over the same stale row, and seqs commit in order.
 */
export async function openSyncStream(tx: SqlExecutor, ctx: AuthContext, deviceId: string, lockSchool: boolean): Promise<OpenedStream> {
  const { lastSeqs, headSeq, clockStamp } = await openSyncStreams(tx, [ctx], deviceId, lockSchool);
  return { lastSeq: lastSeqs[0]!, headSeq, clockStamp };
}

export interface OpenedStreams {
  /** Each context's stream's highest decided seq, in the order given. */
  lastSeqs: number[];
  headSeq: number | undefined;
  clockStamp: string | undefined;
}

/** The laptop a session signed in on; sessions from before device binding (or system writers) have none: the user stands in. */
const laptopOf = (ctx: AuthContext) => ctx.sessionDeviceId ?? `user:${ctx.userId}`;

/**
 * `openSyncStream` for the batches of several people of one school on one laptop (a v2
 * request), still one statement: the device bound to the first context's laptop, a stream
 * per user, the school locked once. Every context must be of the laptop the device is
 * bound to (403 otherwise), and the users distinct (each stream is read once).
 */
export async function openSyncStreams(
  tx: SqlExecutor,
  contexts: readonly AuthContext[],
  deviceId: string,
  lockSchool: boolean,
): Promise<OpenedStreams> {
  const [first] = contexts;
  if (!first) throw new Error('openSyncStreams needs at least one context');
  const [row] = await tx.query<{
    laptop_id: string | null;
    last_seqs: Record<string, number | string> | null;
    head_seq: number | null;
    clock_stamp: string | null;
  }>(
    `WITH device AS (
       INSERT INTO devices (school_id, id, laptop_id) VALUES ($1, $2, $3)
       ON CONFLICT (school_id, id) DO UPDATE SET last_seen_at = now(), laptop_id = COALESCE(devices.laptop_id, EXCLUDED.laptop_id)
       RETURNING laptop_id
     ), stream AS (
       INSERT INTO device_streams (school_id, device_id, user_id) SELECT $1, $2, u FROM unnest($4::text[]) AS u
       ON CONFLICT (school_id, device_id, user_id) DO UPDATE SET last_seq = device_streams.last_seq
       RETURNING user_id, last_seq
     ), school AS (
       SELECT head_seq, clock_stamp FROM schools WHERE id = $1 AND $5::boolean FOR UPDATE
     )
     SELECT (SELECT laptop_id FROM device) AS laptop_id, (SELECT jsonb_object_agg(user_id, last_seq) FROM stream) AS last_seqs,
            (SELECT head_seq FROM school) AS head_seq, (SELECT clock_stamp FROM school) AS clock_stamp`,
    [first.schoolId, deviceId, laptopOf(first), contexts.map((c) => c.userId), lockSchool],
  );
  if (contexts.some((c) => row?.laptop_id !== laptopOf(c))) {
    throw new ApiError(
      403,
      ErrorCode.forbidden,
      'This device id belongs to another laptop: a device syncs only with sessions signed in on its own laptop',
    );
  }
  return {
    lastSeqs: contexts.map((c) => Number(row?.last_seqs?.[c.userId] ?? 0)),
    headSeq: row?.head_seq === null || row?.head_seq === undefined ? undefined : Number(row.head_seq),
    clockStamp: row?.clock_stamp ?? undefined,
  };
}
