/**
 * Writes synced rows on the server's own behalf (the demo school, a school created by the
 * admin CLI) through the same `applyMutations` that devices' changes go through, so the rows
 * are validated, stamped and logged like any other and devices pull them as usual.
 *
 * The writer is a system stream: a fixed user id and a device id derived from the school,
 * acting as head (the role that may set a school up). Any rejection is a bug in the caller's
 * rows and aborts the caller's transaction.
 */
import { SYSTEM_USER_ID, systemDeviceId } from './systemUser';
import { Role } from '@/domain/roles';
import { TABLE_KIND, TableKind, type TableName } from '@/domain/tables';
import type { Mutation } from '@/sync/protocol';
import type { SqlExecutor } from '../storage/database';
import type { AuthContext } from '../auth/authContext';
import { applyMutations } from '../sync/applyMutations';
import type { ServerClock } from '../sync/serverClock';

export interface SystemRecord {
  table: TableName;
  id: string;
  /** The entity's own fields (no envelope). */
  fields: Record<string, unknown>;
}

export { systemDeviceId };

export async function writeSystemRecords(tx: SqlExecutor, schoolId: string, records: readonly SystemRecord[], clock: ServerClock): Promise<void> {
  if (records.length === 0) return;
  const deviceId = systemDeviceId(schoolId);
  const ctx: AuthContext = { schoolId, userId: SYSTEM_USER_ID, roles: [Role.head] };
  const [stream] = await tx.query<{ last_seq: number }>(
    'SELECT last_seq FROM device_streams WHERE school_id = $1 AND device_id = $2 AND user_id = $3',
    [schoolId, deviceId, SYSTEM_USER_ID],
  );
  const firstSeq = Number(stream?.last_seq ?? 0) + 1;
  const mutations: Mutation[] = records.map((r, i) => {
    const stamp = clock.stamp();
    return {
      table: r.table,
      id: r.id,
      schoolId,
      kind: TABLE_KIND[r.table] === TableKind.appendOnly ? 'append' : 'upsert',
      fields: r.fields,
      clocks: Object.fromEntries(Object.keys(r.fields).map((f) => [f, stamp])),
      seq: firstSeq + i,
    };
  });
  const result = await applyMutations(tx, ctx, deviceId, mutations, clock);
  if (result.rejected.length > 0) {
    const first = result.rejected.slice(0, 3).map((r) => `${r.table}/${r.id}: ${r.reason} ${(r.issues ?? []).join(', ')}`);
    throw new Error(`The server's own rows were refused (${result.rejected.length}): ${first.join('; ')}`);
  }
}

export { SYSTEM_USER_ID };
