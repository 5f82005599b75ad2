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

type ScreenableRow = { table: unknown; id: unknown; fields: unknown; clocks: unknown };

/**
 * A screen for the rows of one answer: the same checks as `pulledRowProblem`, each distinct
 * stamp read once. A page's rows share a handful of stamps (a write's fields share its
 * stamp, a device's writes share a second), so reading every field's stamp again (a
 * pattern match and two date conversions) was a tenth of a first pull's time on the device.
 */
export function pulledRowScreen(serverTimeMs: number): (row: ScreenableRow) => PulledRowProblem | undefined {
  const seen = new Map<unknown, StampProblem | undefined>();
  const problemOf = (stamp: unknown): StampProblem | undefined => {
    if (seen.has(stamp)) return seen.get(stamp);
    const problem = stampProblem(stamp, serverTimeMs);
    // Strings only: an object as a key would be remembered by identity, never hit again.
    if (typeof stamp === 'string') seen.set(stamp, problem);
    return problem;
  };
  return (row) => {
    if (typeof row.table !== 'string' || !KNOWN_TABLES.has(row.table)) return PulledRowProblem.unknownTable;
    if (
      typeof row.id !== 'string' ||
      typeof row.fields !== 'object' ||
      row.fields === null ||
      typeof row.clocks !== 'object' ||
      row.clocks === null
    ) {
      return PulledRowProblem.malformed;
    }
    let problem: PulledRowProblem | undefined;
    for (const stamp of Object.values(row.clocks)) {
      const p = problemOf(stamp);
      if (p === StampProblem.invalid) return PulledRowProblem.invalidStamp;
      if (p === StampProblem.ahead) problem = PulledRowProblem.stampAhead;
    }
    return problem;
  };
}

export function pulledRowProblem(row: ScreenableRow, serverTimeMs: number): PulledRowProblem | undefined {
  return pulledRowScreen(serverTimeMs)(row);
}
