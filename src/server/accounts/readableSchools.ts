/**
 * The schools an account may read. Everyone reads their own school; a district
 * methodologist also reads every school of their district (cross-school analytics read
 * through this list, not through the sync scope of the methodologist's home school).
 */
import { Role } from '@/domain/roles';
import type { SqlExecutor } from '../storage/database';
import type { AuthContext } from '../auth/authContext';
import { findSchool, listSchools, type SchoolAccount } from './schoolStore';

export async function readableSchools(db: SqlExecutor, ctx: AuthContext): Promise<SchoolAccount[]> {
  const own = await findSchool(db, ctx.schoolId);
  if (!ctx.roles.includes(Role.methodologist) || !ctx.district) return own ? [own] : [];
  const district = await listSchools(db, { district: ctx.district });
  return own && !district.some((s) => s.id === own.id) ? [own, ...district] : district;
}
