/**
 * The school's resource library as the Library screen and a plan's resource picker read it:
 * resources found by subject, grade, language, kind and words of their title, description
 * or topic (any case, Kazakh and Russian letters), each with the lesson plans that use it.
 */
import type { Language } from '@/domain/language';
import type { ResourceKind } from '@/domain/entities/resource';
import { matchesSearch } from '@/domain/searchText';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';

export type ResourceRow = RowOf<'resources'>;

export interface LibraryFilter {
  readonly subjectId?: string | undefined;
  readonly grade?: number | undefined;
  readonly language?: Language | undefined;
  readonly kind?: ResourceKind | undefined;
  /** Words to find in the title, description or topic. */
  readonly text?: string | undefined;
}

export interface PlanUse {
  readonly planId: string;
  readonly topic: string;
}

export interface LibraryItem {
  readonly resource: ResourceRow;
  readonly usedIn: readonly PlanUse[];
}

export async function readLibrary(db: SandyqDb, schoolId: string, filter: LibraryFilter = {}): Promise<LibraryItem[]> {
  const [resources, plans] = await Promise.all([
    liveRows(db, 'resources').where('schoolId', schoolId),
    liveRows(db, 'lessonPlans').where('schoolId', schoolId),
  ]);
  const uses = new Map<string, PlanUse[]>();
  for (const plan of plans)
    for (const id of new Set(plan.stages.flatMap((s) => s.resourceIds)))
      uses.set(id, [...(uses.get(id) ?? []), { planId: plan.id, topic: plan.topic }]);
  return resources
    .filter(
      (r) =>
        (filter.subjectId === undefined || r.subjectId === filter.subjectId) &&
        (filter.grade === undefined || r.grades.includes(filter.grade)) &&
        (filter.language === undefined || r.language === filter.language) &&
        (filter.kind === undefined || r.kind === filter.kind) &&
        (filter.text === undefined || matchesSearch(filter.text, [r.title, r.description, r.topicTitle])),
    )
    .sort((a, b) => a.title.localeCompare(b.title, 'kk'))
    .map((resource) => ({ resource, usedIn: uses.get(resource.id) ?? [] }));
}
