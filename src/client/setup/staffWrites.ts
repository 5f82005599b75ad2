/**
 * The head adds a member of staff: names and roles (teacher, assistant teacher, head or
 * deputy, methodologist), optionally the position as school papers write it. Staff rows
 * are what the timetable names as teachers and assistants; the head gives the person a
 * login on the People screen (online). A member of staff who leaves is marked so (nothing is
 * deleted: past registers keep their name) and can be taken back.
 */
import { StaffStatus } from '@/domain/entities/staff';
import type { Role } from '@/domain/roles';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { readStaffMember } from '../db/queries/setupQueries';
import { createRecord, updateRecord } from '../db/writeRecord';
import { SetupError, SetupErrorReason } from './setupError';

export interface NewStaffInput {
  readonly surname: string;
  readonly name: string;
  readonly patronymic?: string | undefined;
  readonly roles: readonly Exclude<Role, 'pupil'>[];
  readonly position?: string | undefined;
}

export function addStaff(db: SandyqDb, author: Author, input: NewStaffInput): Promise<string> {
  return createRecord(db, author, 'staff', {
    surname: input.surname,
    name: input.name,
    ...(input.patronymic?.trim() ? { patronymic: input.patronymic } : {}),
    roles: [...input.roles],
    ...(input.position?.trim() ? { position: input.position } : {}),
    status: StaffStatus.active,
  });
}

async function setStaffStatus(db: SandyqDb, author: Author, staffId: string, status: StaffStatus): Promise<void> {
  const staff = await readStaffMember(db, staffId);
  if (!staff) throw new SetupError(SetupErrorReason.notFound);
  if (staff.status === status) throw new SetupError(SetupErrorReason.staffStatusUnchanged);
  await updateRecord(db, author, 'staff', staffId, { status });
}

/** The member of staff left the school. */
export const markStaffLeft = (db: SandyqDb, author: Author, staffId: string) => setStaffStatus(db, author, staffId, StaffStatus.left);

/** The member of staff is back at the school. */
export const readmitStaff = (db: SandyqDb, author: Author, staffId: string) => setStaffStatus(db, author, staffId, StaffStatus.active);
