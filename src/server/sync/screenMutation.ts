/**
 * The first look at one mutation as a device sent it, before authorization, merge or the
 * server clock see it (rules C3, V1-V3 in SPEC.md). Whatever a faulty, newer or hostile
 * client sends, the answer is a mutation fit to authorize and store, or a rejection of
 * that one mutation with a reason code: never an exception, never a value that makes
 * PostgreSQL fail the batch's transaction or drags the server clock out of its format.
 *
 * Unknown fields (a newer client) split a change: the known fields go on as the mutation,
 * the unknown ones come back as an `unknownFields` rejection naming them.
 */
import { entityFieldSchema } from '@/domain/entities';
import { TABLE_NAMES, type TableName } from '@/domain/tables';
import { ValidationCode } from '@/domain/validation';
import { ChangeKind } from '@/sync/change';
import { jsonProblem, JsonProblem, isSafeText } from '@/sync/jsonSafety';
import { RejectionReason, type Mutation, type Rejection } from '@/sync/protocol';
import { StampProblem, stampProblem } from '@/sync/stampRules';
import { readStamp } from '@/domain/hlc';

export interface ScreenedMutation {
  /** The mutation to authorize and store, when any of it may be. */
  mutation?: Mutation;
  /** Why it, or some of its fields, were refused. */
  rejection?: Rejection;
}

const KNOWN_TABLES = new Set<string>(TABLE_NAMES);
const KINDS = new Set<string>(Object.values(ChangeKind));
const MAX_ID_LENGTH = 64;
const MAX_ISSUES = 20;
const { hasOwn } = Object;

type Raw = { seq: number } & Record<string, unknown>;

export function screenMutation(raw: Raw, serverNowMs: number): ScreenedMutation {
  const seq = raw.seq;
  const table = shownText(raw.table);
  const id = shownText(raw.id);
  // This runs for every change of a push, so it allocates as little as it can: no closures
  // made per call (under tsx, which keeps function names, each cost a property definition),
  // and own keys walked with `for...in` rather than listed by `Object.entries` or
  // `Object.keys` (an array each: a seventh of the server's allocation in a school day).
  if (!KNOWN_TABLES.has(table) || typeof raw.kind !== 'string' || !KINDS.has(raw.kind)) return refusal(seq, table, id, RejectionReason.unsupported);
  const envelopeIssues = [idIssue('id', raw.id), idIssue('schoolId', raw.schoolId)].filter((i) => i !== undefined);
  if (envelopeIssues.length) return refusal(seq, table, id, RejectionReason.invalid, envelopeIssues);
  const fields = plainObject(raw.fields);
  const clocks = plainObject(raw.clocks);
  const bases = raw.bases === undefined ? {} : plainObject(raw.bases);
  if (!fields || !clocks || !bases) return refusal(seq, table, id, RejectionReason.invalid, [`_:${ValidationCode.invalidType}`]);

  const issues: string[] = [];
  // Every name checked where it stands; the set of names (for one issue a name) is built
  // only when one of them is bad.
  if (!allFieldNames(fields) || !allFieldNames(clocks) || !allFieldNames(bases)) {
    for (const name of new Set([...Object.keys(fields), ...Object.keys(clocks), ...Object.keys(bases)])) {
      if (!isFieldName(name)) issues.push(`${shownText(name)}:${ValidationCode.unsafeText}`);
    }
    return refusal(seq, table, id, RejectionReason.invalid, issues);
  }

  let worstStamp: StampProblem | undefined;
  // A write's fields usually share one stamp: it is read once, not once a field (reading a
  // stamp was the largest single cost of a school day's push).
  let lastStamp: unknown;
  let lastProblem: StampProblem | undefined;
  for (const field in clocks) {
    if (!hasOwn(clocks, field)) continue;
    const stamp = clocks[field];
    if (stamp !== lastStamp || typeof stamp !== 'string') {
      lastStamp = stamp;
      lastProblem = stampProblem(stamp, serverNowMs);
    }
    const problem = lastProblem;
    if (problem === StampProblem.invalid || (problem === StampProblem.ahead && worstStamp === undefined)) worstStamp = problem;
    if (problem) issues.push(`${field}:${ValidationCode.invalidFormat}`);
  }
  for (const field in bases) {
    if (!hasOwn(bases, field)) continue;
    const base = bases[field];
    if (base !== null && readStamp(base) === undefined) {
      worstStamp = StampProblem.invalid;
      issues.push(`${field}:${ValidationCode.invalidFormat}`);
    }
  }
  if (worstStamp)
    return refusal(seq, table, id, worstStamp === StampProblem.invalid ? RejectionReason.invalidStamp : RejectionReason.stampAhead, issues);

  for (const field in fields) {
    if (!hasOwn(fields, field)) continue;
    const value = fields[field];
    if (!(field in clocks)) issues.push(`${field}:${ValidationCode.missingStamp}`);
    const problem = jsonProblem(value);
    if (problem) issues.push(`${field}:${problem === JsonProblem.tooDeep ? ValidationCode.tooDeep : ValidationCode.unsafeText}`);
  }
  if (issues.length) return refusal(seq, table, id, RejectionReason.invalid, issues);

  const unknown: string[] = [];
  for (const field in fields) {
    if (hasOwn(fields, field) && field !== 'deleted' && entityFieldSchema(table as TableName, field) === undefined) unknown.push(field);
  }
  const mutation = {
    seq,
    table: table as TableName,
    id: raw.id as string,
    schoolId: raw.schoolId as string,
    kind: raw.kind as ChangeKind,
    fields: withoutFields(fields, unknown),
    clocks: withoutFields(clocks, unknown) as Record<string, string>,
    ...(raw.bases !== undefined ? { bases: withoutFields(bases, unknown) as Record<string, string | null> } : {}),
  } satisfies Mutation;
  if (unknown.length === 0) return { mutation };
  const rejection: Rejection = {
    seq,
    table,
    id,
    reason: RejectionReason.unknownFields,
    issues: unknown.slice(0, MAX_ISSUES).map((field) => `${field}:${ValidationCode.unknownField}`),
    fields: unknown,
  };
  // A change of unknown fields only stores nothing; the rejection says so.
  return Object.keys(mutation.fields).length > 0 ? { mutation, rejection } : { rejection };
}

function refusal(seq: number, table: string, id: string, reason: RejectionReason, issues?: string[]): ScreenedMutation {
  return { rejection: { seq, table, id, reason, ...(issues && issues.length ? { issues: issues.slice(0, MAX_ISSUES) } : {}) } };
}

/** Copied only when there is something to leave out: most changes keep every field. */
function withoutFields(record: Record<string, unknown>, leftOut: readonly string[]): Record<string, unknown> {
  return leftOut.length === 0 ? record : Object.fromEntries(Object.entries(record).filter(([field]) => !leftOut.includes(field)));
}

function allFieldNames(record: Record<string, unknown>): boolean {
  for (const name in record) if (hasOwn(record, name) && !isFieldName(name)) return false;
  return true;
}

function isFieldName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_ID_LENGTH && isSafeText(name);
}

function idIssue(name: string, value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ID_LENGTH) return `${name}:${ValidationCode.invalidFormat}`;
  return isSafeText(value) ? undefined : `${name}:${ValidationCode.unsafeText}`;
}

function plainObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A value as it may be echoed back and stored in a rejection: safe text, bounded. */
function shownText(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value ?? '');
  const cut = text.slice(0, MAX_ID_LENGTH);
  if (isSafeText(cut)) return cut;
  // Every code unit that could not be stored becomes U+FFFD, the replacement character.
  return Array.from(cut, (ch) => (isSafeText(ch) ? ch : '\ufffd')).join('');
}
