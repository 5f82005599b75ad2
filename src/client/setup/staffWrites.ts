/**
 * The head adds a member of staff: names and roles (teacher, assistant teacher, head or
 * deputy, methodologist), optionally the position as school papers write it. Staff rows
 * are what the timetable names as teachers and assistants; a sign-in account for the
 * person is made on the server by the administrator.
 */
import { StaffStatus } from '@/domain/entities/staff';
import type { Role } from '@/domain/roles';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { createRecord } from '../db/writeRecord';

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
