/**
 * Who is making a request, as the server established it from the session token. Every
 * route that reads or writes school data receives one; nothing else is trusted.
 */
import type { Role } from '@/domain/roles';

export interface AuthContext {
  schoolId: string;
  userId: string;
  roles: readonly Role[];
  /** Set for a pupil's account: the pupil record it may read and write for. */
  pupilId?: string;
  /** Set for a staff account linked to a staff record. */
  staffId?: string;
  /** Set for a methodologist: the district whose schools they may read. */
  district?: string;
  /** The device id the session signed in with (the laptop): the sync devices it may use are bound to it. */
  sessionDeviceId?: string;
}
