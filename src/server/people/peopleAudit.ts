/**
 * The head's audit log of sign-in administration: who did what to whose login, when.
 * Details are what the head chose (a login, roles), never a password.
 */
import type { AuditEntry, PeopleAction } from '@/sync/peopleMessages';
import type { SqlExecutor } from '../storage/database';

export interface NewAuditEntry {
  schoolId: string;
  at: number;
  actorUserId: string;
  action: PeopleAction;
  targetUserId: string;
  detail?: Record<string, unknown>;
}

/** The newest entries shown on the People screen. */
export const AUDIT_PAGE = 200;

export async function writeAudit(db: SqlExecutor, entry: NewAuditEntry): Promise<void> {
  await db.query('INSERT INTO people_audit (school_id, at, actor_user_id, action, target_user_id, detail) VALUES ($1, $2, $3, $4, $5, $6::jsonb)', [
    entry.schoolId,
    new Date(entry.at),
    entry.actorUserId,
    entry.action,
    entry.targetUserId,
    JSON.stringify(entry.detail ?? {}),
  ]);
}

interface AuditRow {
  at: Date | string;
  actor_user_id: string;
  actor_name: string | null;
  action: PeopleAction;
  target_user_id: string;
  target_name: string | null;
  detail: Record<string, unknown>;
}

export async function readAudit(db: SqlExecutor, schoolId: string, limit = AUDIT_PAGE): Promise<AuditEntry[]> {
  const rows = await db.query<AuditRow>(
    `SELECT a.at, a.actor_user_id, actor.display_name AS actor_name, a.action, a.target_user_id, target.display_name AS target_name, a.detail
       FROM people_audit a
       LEFT JOIN users actor ON actor.school_id = a.school_id AND actor.id = a.actor_user_id
       LEFT JOIN users target ON target.school_id = a.school_id AND target.id = a.target_user_id
      WHERE a.school_id = $1
      ORDER BY a.id DESC LIMIT $2`,
    [schoolId, limit],
  );
  return rows.map((r) => ({
    at: new Date(r.at).toISOString(),
    actorUserId: r.actor_user_id,
    actorName: r.actor_name ?? '',
    action: r.action,
    targetUserId: r.target_user_id,
    targetName: r.target_name ?? '',
    detail: r.detail,
  }));
}
