/**
 * `/api/v1/district/*`: a district methodologist's view across the schools of their
 * district (issue 13). Only a methodologist account with a district is answered, and only
 * with that district's schools; the answer holds counts, never a pupil.
 */
import type { FastifyInstance } from 'fastify';
import { Role } from '@/domain/roles';
import { listSchools } from '../accounts/schoolStore';
import type { Authenticate } from '../auth/authenticate';
import { ApiError } from '../errors/ApiError';
import { describeIssues } from '../errors/describeIssues';
import { ErrorCode } from '../errors/errorCode';
import type { Database } from '../storage/database';
import { overviewQuerySchema } from './overviewMessage';
import { readOverview } from './readOverview';
import { SummaryRefresher } from './summaryStore';

export interface DistrictRoutesOptions {
  db: Database;
  now: () => number;
  authenticate: Authenticate;
  /** How long an overview may spend recomputing changed schools before it answers with what it has. */
  refreshBudgetMs?: number;
}

export async function districtRoutes(app: FastifyInstance, options: DistrictRoutesOptions): Promise<void> {
  const { db, now, authenticate } = options;
  const refresher = new SummaryRefresher(db, (schoolId, error) =>
    app.log.warn({ schoolId, err: error instanceof Error ? error.message : String(error) }, 'district summary failed'),
  );
  app.addHook('onClose', async () => refresher.settled());

  app.get('/district/overview', async (request, reply) => {
    const auth = await authenticate(request);
    if (!auth.roles.includes(Role.methodologist) || !auth.district) {
      throw new ApiError(403, ErrorCode.forbidden, "Only a district's methodologist reads the district's overview");
    }
    const query = overviewQuerySchema.safeParse(request.query);
    if (!query.success) throw new ApiError(400, ErrorCode.badRequest, describeIssues(query.error.issues));
    const schools = await listSchools(db, { district: auth.district });
    const stale = await refresher.refresh(
      schools.map((s) => s.id),
      options.refreshBudgetMs ?? 600,
    );
    const answer = await readOverview(db, {
      district: auth.district,
      schools,
      stale: new Set(stale.map((s) => s.schoolId)),
      yearStart: query.data.year,
      now: now(),
    });
    return reply.type('application/json; charset=utf-8').send(answer);
  });
}
