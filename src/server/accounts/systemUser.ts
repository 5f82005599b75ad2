import { derivedId } from '@/domain/ids';

/**
 * The user the server's own writes are made as (the demo school, the administrator's
 * imports): not a person, so per-person field rules do not apply to it.
 */
export const SYSTEM_USER_ID = 'system';

/** The device the server's own writes are made from, one per school (a system stream). */
export function systemDeviceId(schoolId: string): string {
  return derivedId('sandyq-server', 'system-device', schoolId);
}
