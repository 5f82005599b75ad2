/** The budget of the latest measurement on this laptop's database (for the sync client and file prefetch). */
import type { SandyqDb } from '../db/db';
import { DEFAULT_LINK_BUDGET, linkBudget, type LinkBudget } from './linkBudget';
import { readLatestLinkMeasurement } from './readLinkMeasurements';

export async function readLinkBudget(db: SandyqDb): Promise<LinkBudget> {
  try {
    return linkBudget(await readLatestLinkMeasurement(db));
  } catch {
    // A budget is advice: a database that cannot be read here fails elsewhere, loudly.
    return DEFAULT_LINK_BUDGET;
  }
}
