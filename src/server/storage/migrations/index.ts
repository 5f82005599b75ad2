/**
 * The server's schema history, oldest first. Each entry is applied once, in order, and
 * recorded in `schema_migrations`. WARNING: never edit or reorder a shipped entry.
 */
import { sql as init } from './0001_init';
import { sql as hardening } from './0002_hardening';
import { sql as people } from './0003_people';
import { sql as sharedState } from './0004_shared_state';
import { sql as districtSummaries } from './0005_district_summaries';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { id: 1, name: 'init', sql: init },
  { id: 2, name: 'hardening', sql: hardening },
  { id: 3, name: 'people', sql: people },
  { id: 4, name: 'shared state', sql: sharedState },
  { id: 5, name: 'district summaries', sql: districtSummaries },
];
