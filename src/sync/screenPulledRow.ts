/**
 * What a device checks in a pulled row before it folds anything of it (rule C3 on the
 * device): a table it knows, every stamp real and no further ahead of the server's own
 * wall time (the answer's header) than the bound. A row that fails is set aside, never
 * folded: one bad stamp once broke every later local write of every staff laptop, or
 * drove a laptop's clock out of the stamp format so the server refused its outbox forever.
 */
import { TABLE_NAMES } from '../domain/tables';
import { stampProblem, StampProblem } from './stampRules';

export const PulledRowProblem = {
  unknownTable: 'unknownTable',
  invalidStamp: 'invalidStamp',
  stampAhead: 'stampAhead',
  malformed: 'malformed',
} as const;
export type PulledRowProblem = (typeof PulledRowProblem)[keyof typeof PulledRowProblem];

const KNOWN_TABLES = new Set<string>(TABLE_NAMES);

export function pulledRowProblem(
  row: { table: unknown; id: unknown; fields: unknown; clocks: unknown },
  serverTimeMs: number,
): PulledRowProblem | undefined {
  if (typeof row.table !== 'string' || !KNOWN_TABLES.has(row.table)) return PulledRowProblem.unknownTable;
  if (typeof row.id !== 'string' || typeof row.fields !== 'object' || row.fields === null || typeof row.clocks !== 'object' || row.clocks === null) {
    return PulledRowProblem.malformed;
  }
  let problem: PulledRowProblem | undefined;
  for (const stamp of Object.values(row.clocks)) {
    const p = stampProblem(stamp, serverTimeMs);
    if (p === StampProblem.invalid) return PulledRowProblem.invalidStamp;
    if (p === StampProblem.ahead) problem = PulledRowProblem.stampAhead;
  }
  return problem;
}
