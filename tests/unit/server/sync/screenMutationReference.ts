/**
 * `screenMutation` and `jsonProblem` as they were before they were made to allocate less
 * (commit 9b81653), kept verbatim as the reference `screenMutation.test.ts` compares the
 * current code with: the same answer for every change, hostile or not.
 */
import { entityFieldSchema } from '@/domain/entities';
import { TABLE_NAMES, type TableName } from '@/domain/tables';
import { ValidationCode } from '@/domain/validation';
import { ChangeKind } from '@/sync/change';
import { JsonProblem, isSafeText, MAX_JSON_DEPTH } from '@/sync/jsonSafety';
import { RejectionReason, type Mutation, type Rejection } from '@/sync/protocol';
import { StampProblem, stampProblem } from '@/sync/stampRules';
import { readStamp } from '@/domain/hlc';
import type { ScreenedMutation } from '@/server/sync/screenMutation';

const KNOWN_TABLES = new Set<string>(TABLE_NAMES);
const KINDS = new Set<string>(Object.values(ChangeKind));
const MAX_ID_LENGTH = 64;
const MAX_ISSUES = 20;

type Raw = { seq: number } & Record<string, unknown>;

export function referenceScreenMutation(raw: Raw, serverNowMs: number): ScreenedMutation {
  const seq = raw.seq;
  const table = shownText(raw.table);
  const id = shownText(raw.id);
  const refuse = (reason: RejectionReason, issues?: string[]): ScreenedMutation => ({
    rejection: { seq, table, id, reason, ...(issues && issues.length ? { issues: issues.slice(0, MAX_ISSUES) } : {}) },
  });

  if (!KNOWN_TABLES.has(table) || typeof raw.kind !== 'string' || !KINDS.has(raw.kind)) return refuse(RejectionReason.unsupported);
  const envelopeIssues = [idIssue('id', raw.id), idIssue('schoolId', raw.schoolId)].filter((i) => i !== undefined);
  if (envelopeIssues.length) return refuse(RejectionReason.invalid, envelopeIssues);
  const fields = plainObject(raw.fields);
  const clocks = plainObject(raw.clocks);
  const bases = raw.bases === undefined ? {} : plainObject(raw.bases);
  if (!fields || !clocks || !bases) return refuse(RejectionReason.invalid, [`_:${ValidationCode.invalidType}`]);

  const issues: string[] = [];
  // Every name checked where it stands; the set of names (for one issue a name) is built
  // only when one of them is bad.
  if (![fields, clocks, bases].every((record) => Object.keys(record).every(isFieldName))) {
    for (const name of new Set([...Object.keys(fields), ...Object.keys(clocks), ...Object.keys(bases)])) {
      if (!isFieldName(name)) issues.push(`${shownText(name)}:${ValidationCode.unsafeText}`);
    }
    return refuse(RejectionReason.invalid, issues);
  }

  let worstStamp: StampProblem | undefined;
  // A write's fields usually share one stamp: it is read once, not once a field (reading a
  // stamp was the largest single cost of a school day's push).
  let lastStamp: unknown;
  let lastProblem: StampProblem | undefined;
  for (const [field, stamp] of Object.entries(clocks)) {
    if (stamp !== lastStamp || typeof stamp !== 'string') {
      lastStamp = stamp;
      lastProblem = stampProblem(stamp, serverNowMs);
    }
    const problem = lastProblem;
    if (problem === StampProblem.invalid || (problem === StampProblem.ahead && worstStamp === undefined)) worstStamp = problem;
    if (problem) issues.push(`${field}:${ValidationCode.invalidFormat}`);
  }
  for (const [field, base] of Object.entries(bases)) {
    if (base !== null && readStamp(base) === undefined) {
      worstStamp = StampProblem.invalid;
      issues.push(`${field}:${ValidationCode.invalidFormat}`);
    }
  }
  if (worstStamp) return refuse(worstStamp === StampProblem.invalid ? RejectionReason.invalidStamp : RejectionReason.stampAhead, issues);

  for (const [field, value] of Object.entries(fields)) {
    if (!(field in clocks)) issues.push(`${field}:${ValidationCode.missingStamp}`);
    const problem = jsonProblem(value);
    if (problem) issues.push(`${field}:${problem === JsonProblem.tooDeep ? ValidationCode.tooDeep : ValidationCode.unsafeText}`);
  }
  if (issues.length) return refuse(RejectionReason.invalid, issues);

  const unknown = Object.keys(fields).filter((field) => field !== 'deleted' && entityFieldSchema(table as TableName, field) === undefined);
  // Copied only when there is something to leave out: most changes keep every field.
  const known = (record: Record<string, unknown>) =>
    unknown.length === 0 ? record : Object.fromEntries(Object.entries(record).filter(([field]) => !unknown.includes(field)));
  const mutation = {
    seq,
    table: table as TableName,
    id: raw.id as string,
    schoolId: raw.schoolId as string,
    kind: raw.kind as ChangeKind,
    fields: known(fields),
    clocks: known(clocks) as Record<string, string>,
    ...(raw.bases !== undefined ? { bases: known(bases) as Record<string, string | null> } : {}),
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

function jsonProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): JsonProblem | undefined {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (typeof v === 'string') {
      if (!isSafeText(v)) return JsonProblem.unsafeText;
    } else if (v !== null && typeof v === 'object') {
      if (depth >= maxDepth) return JsonProblem.tooDeep;
      if (Array.isArray(v)) {
        for (const item of v) stack.push({ value: item, depth: depth + 1 });
      } else {
        for (const [key, item] of Object.entries(v)) {
          if (!isSafeText(key)) return JsonProblem.unsafeText;
          stack.push({ value: item, depth: depth + 1 });
        }
      }
    }
  }
  return undefined;
}
