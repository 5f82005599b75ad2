/**
 * Who may write which fields of a row, where the table's writers (`tableRules.ts`) are not
 * the whole rule. A lesson observation is the observer's: only they write what they saw
 * (criteria, notes, recommendations, sharing, removing); only the observed teacher writes
 * their answer, once the observation is shared with them (a draft is the observer's alone). The server refuses any other write (`authorizeMutation`); the laptop's
 * commands ask the same before storing, so a refusal is said at once, not after sync.
 *
 * An attempt's result is scored by the server alone (`SCORED_RESULT_FIELDS`: the points of
 * its items, from keys a pupil never holds); staff write only the marking beside it. An
 * attempt recorded on a class laptop names who recorded it (`recordedById`): only that staff
 * member, never a pupil. A Digital teacher group is approved by a head alone (the deputy
 * head holds the head role); a teacher who changes its pupils withdraws the approval.
 */
import { SCORED_RESULT_FIELDS } from '../domain/entities/attemptResult';
import { Role } from '../domain/roles';
import type { TableName } from '../domain/tables';

export interface FieldWriter {
  /** The writer's staff record; none for an account without one (never a match). */
  readonly staffId?: string | undefined;
  readonly roles?: readonly Role[] | undefined;
}

/** A Digital teacher group's approval: the deputy head's (a head's) to give; anyone who may change the group may withdraw it. */
const GROUP_APPROVAL = ['approvedById', 'approvedOn'];

const ANSWER = 'teacherAnswer';

type FieldRule = (
  writer: FieldWriter,
  row: Readonly<Record<string, unknown>>,
  fields: readonly string[],
  values: Readonly<Record<string, unknown>>,
) => boolean;

const isWriterOf = (writer: FieldWriter, owner: unknown) => writer.staffId !== undefined && typeof owner === 'string' && owner === writer.staffId;

/** The tables whose fields have writers of their own, each with its rule; any other table's fields are its writers' (`tableRules.ts`). */
const FIELD_RULES: Partial<Record<TableName, FieldRule>> = {
  groups: (writer, _row, fields, values) => {
    const approves = fields.some((f) => GROUP_APPROVAL.includes(f) && values[f] !== null && values[f] !== undefined);
    return !approves || (writer.roles?.includes(Role.head) ?? false);
  },
  attempts: (writer, row, fields) => !fields.includes('recordedById') || (writer.staffId !== undefined && row.recordedById === writer.staffId),
  attemptResults: (_writer, _row, fields) => !fields.some((f) => (SCORED_RESULT_FIELDS as readonly string[]).includes(f)),
  lessonObservations: (writer, row, fields) => {
    if (fields.includes(ANSWER) && (!isWriterOf(writer, row.teacherId) || row.status !== 'shared')) return false;
    return !fields.some((f) => f !== ANSWER) || isWriterOf(writer, row.observerId);
  },
};

/** The table's rule; own keys only, so no name reaches Object.prototype. */
const ruleOf = (table: TableName): FieldRule | undefined => (Object.hasOwn(FIELD_RULES, table) ? FIELD_RULES[table] : undefined);

/** Whether `mayWriteFields` has a rule for the table: the server asks first, before listing a change's fields. */
export function hasFieldWriterRules(table: TableName): boolean {
  return ruleOf(table) !== undefined;
}

/**
 * `row` is the row as stored before the write (or the new row's fields): its people decide,
 * so a write cannot make its own author the observer.
 */
export function mayWriteFields(
  table: TableName,
  writer: FieldWriter,
  row: Readonly<Record<string, unknown>>,
  fields: readonly string[],
  /** The values written, where a rule depends on them (an approval given, not withdrawn). */
  values: Readonly<Record<string, unknown>> = {},
): boolean {
  const rule = ruleOf(table);
  return rule === undefined || rule(writer, row, fields, values);
}
