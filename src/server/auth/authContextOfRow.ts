/**
 * The signed-in person a session row names, as every server check reads them: the same for
 * a request's token (`authenticate`) and an outbox bundle's signed batch (`batchSession`),
 * so the two can never grant different rights to one session.
 */
import { ROLES, type Role } from '@/domain/roles';
import type { AuthContext } from './authContext';

export interface SessionPersonRow {
  user_id: string;
  device_id: string | null;
  roles: string[];
  pupil_id: string | null;
  staff_id: string | null;
  district: string | null;
}

export function authContextOfRow(schoolId: string, row: SessionPersonRow): AuthContext {
  return {
    schoolId,
    userId: row.user_id,
    // A role this server does not know (a newer server wrote it) grants nothing here.
    roles: row.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
    ...(row.pupil_id ? { pupilId: row.pupil_id } : {}),
    ...(row.staff_id ? { staffId: row.staff_id } : {}),
    ...(row.district ? { district: row.district } : {}),
    ...(row.device_id ? { sessionDeviceId: row.device_id } : {}),
  };
}
