/** What the head may put in a pull bundle: the school's class sets and lesson plans, by name. */
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import { readClassSets } from '../db/queries/setupQueries';

export interface BundleChoice {
  id: string;
  name: string;
}

export interface BundleChoices {
  classSets: BundleChoice[];
  lessonPlans: BundleChoice[];
}

const byName = (a: BundleChoice, b: BundleChoice) => a.name.localeCompare(b.name);

export async function readBundleChoices(db: SandyqDb, schoolId: string): Promise<BundleChoices> {
  const [classSets, plans] = await Promise.all([readClassSets(db, schoolId), liveRows(db, 'lessonPlans').where('schoolId', schoolId)]);
  return {
    classSets: classSets.map((c) => ({ id: c.id, name: c.name })).sort(byName),
    lessonPlans: plans.map((p) => ({ id: p.id, name: p.topic })).sort(byName),
  };
}
