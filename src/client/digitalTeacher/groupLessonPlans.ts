/**
 * A group's lessons planned with the Lessons screen's short-term plans (ҚМЖ): the digital
 * teacher gives a programme lesson one of their own plans of the group's subject, and the
 * group's page shows the plan's topic and its stages' resources. The link is the lesson
 * session's own `lessonPlanId`, the field the journal and the Lessons screen read, so a
 * plan linked here is the lesson's plan everywhere.
 */
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { isLive, liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';
import { writeTogether } from '../db/queries/setupTransaction';
import { updateRecord } from '../db/writeRecord';
import { ProgrammeRuleCode, refuse } from './programmeRefusal';

export interface PlanChoice {
  readonly id: string;
  readonly topic: string;
}

export interface LinkedPlan {
  readonly id: string;
  readonly topic: string;
  /** The titles of the resources its stages use, in stage order, each once. */
  readonly resourceTitles: readonly string[];
}

export interface GroupLessonPlans {
  /** The teacher's plans of the group's subject, by topic. */
  readonly choices: readonly PlanChoice[];
  /** Lesson session id → its plan, for the group's lessons that have one. */
  readonly linked: ReadonlyMap<string, LinkedPlan>;
}

const fitsGroup = (plan: RowOf<'lessonPlans'>, group: RowOf<'groups'>) => plan.authorId === group.teacherId && plan.subjectId === group.subjectId;

export async function readGroupLessonPlans(db: SandyqDb, groupId: string): Promise<GroupLessonPlans> {
  const group = await liveRows(db, 'groups').get(groupId);
  if (!group) return { choices: [], linked: new Map() };
  const [plans, sessions] = await Promise.all([
    liveRows(db, 'lessonPlans').whereAnyOf('authorId', [group.teacherId]),
    db.rows('lessonSessions').where('[groupId+date]').between([groupId, ''], [groupId, '\uffff'], true, true).toArray(),
  ]);
  const planById = new Map(plans.map((p) => [p.id as string, p]));
  const linkedPlans = sessions.filter(isLive).flatMap((s) => {
    const plan = s.lessonPlanId ? planById.get(s.lessonPlanId) : undefined;
    return plan ? [{ sessionId: s.id as string, plan }] : [];
  });
  const resources = await liveRows(db, 'resources').bulkGet([
    ...new Set(linkedPlans.flatMap(({ plan }) => plan.stages.flatMap((st) => st.resourceIds))),
  ]);
  const titleOf = new Map(resources.map((r) => [r.id as string, r.title]));
  return {
    choices: plans
      .filter((p) => fitsGroup(p, group))
      .map((p) => ({ id: p.id as string, topic: p.topic }))
      .sort((a, b) => a.topic.localeCompare(b.topic, 'kk')),
    linked: new Map(
      linkedPlans.map(({ sessionId, plan }) => [
        sessionId,
        {
          id: plan.id as string,
          topic: plan.topic,
          resourceTitles: [...new Set(plan.stages.flatMap((st) => st.resourceIds))].flatMap((id) => titleOf.get(id) ?? []),
        },
      ]),
    ),
  };
}

/** Gives the group's lesson the plan; refuses another group's lesson or a plan not the teacher's of the subject. */
export function planGroupLesson(db: SandyqDb, author: Author, groupId: string, sessionId: string, planId: string): Promise<string[]> {
  return writeTogether(db, ['groups', 'lessonSessions', 'lessonPlans'], async () => {
    const group = (await liveRows(db, 'groups').get(groupId)) ?? refuse(ProgrammeRuleCode.groupNotFound);
    const session = await liveRows(db, 'lessonSessions').get(sessionId);
    if (session?.groupId !== groupId) refuse(ProgrammeRuleCode.groupNotFound);
    const plan = await liveRows(db, 'lessonPlans').get(planId);
    if (!plan || !fitsGroup(plan, group)) refuse(ProgrammeRuleCode.planNotForGroup);
    return updateRecord(db, author, 'lessonSessions', sessionId, { lessonPlanId: planId });
  });
}
