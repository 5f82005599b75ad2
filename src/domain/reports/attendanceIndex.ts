/**
 * The school's attendance data indexed once for reports: held lessons by class set and by
 * group in date order, marks by pupil, and each pupil's enrolment spans. Every report reads
 * through it, so a term of a class set (25 pupils × 60 days × 6 lessons ≈ 9,000 marks) is
 * summarized in a few milliseconds with no scan of all marks per pupil.
 *
 * Membership rules:
 * - A pupil belongs to a class set on a date when one of their enrolments in it covers the
 *   date; a pupil moved mid-year is counted in the old set up to the move, the new one after.
 * - A withdrawn pupil's enrolments end on `withdrawnOn` at the latest, so they are absent
 *   from registers after it and kept in reports of dates before it.
 * - A group lesson (e.g. Digital teacher) counts for the group's pupils in pupil reports.
 * Tombstoned rows (`deleted`) are ignored; only held lessons count (see attendanceSummary).
 */
import type { AttendanceStatus } from '../attendance';
import type { IsoDate } from '../dates';
import { LessonStatus } from '../entities/lessonSession';
import type { PupilStatus } from '../entities/pupil';
import type { PersonName } from '../person';

interface Tombstoned {
  readonly deleted?: boolean | undefined;
}

export interface ReportPupil extends PersonName, Tombstoned {
  readonly id: string;
  readonly status?: PupilStatus | undefined;
  readonly withdrawnOn?: IsoDate | undefined;
}

export interface ReportEnrolment extends Tombstoned {
  readonly pupilId: string;
  readonly classSetId: string;
  readonly grade: number;
  readonly from: IsoDate;
  readonly to?: IsoDate | undefined;
}

export interface ReportSession extends Tombstoned {
  readonly id: string;
  readonly classSetId?: string | undefined;
  readonly groupId?: string | undefined;
  readonly date: IsoDate;
  readonly period: number;
  readonly subjectId: string;
  readonly status: LessonStatus;
}

export interface ReportMark extends Tombstoned {
  readonly sessionId: string;
  readonly pupilId: string;
  readonly status: AttendanceStatus;
}

export interface ReportGroup extends Tombstoned {
  readonly id: string;
  readonly pupilIds: readonly string[];
}

export interface AttendanceData {
  readonly pupils: readonly ReportPupil[];
  readonly enrolments: readonly ReportEnrolment[];
  readonly sessions: readonly ReportSession[];
  readonly marks: readonly ReportMark[];
  readonly groups?: readonly ReportGroup[] | undefined;
}

/** A stretch of days a pupil spent in one class set, withdrawal applied. */
export interface EnrolmentSpan {
  readonly classSetId: string;
  readonly grade: number;
  readonly from: IsoDate;
  readonly to?: IsoDate | undefined;
}

export interface AttendanceIndex {
  readonly pupils: ReadonlyMap<string, ReportPupil>;
  /** Spans per pupil, ordered by start. */
  readonly spansByPupil: ReadonlyMap<string, readonly EnrolmentSpan[]>;
  /** Pupils who were ever enrolled in each class set. */
  readonly pupilsByClassSet: ReadonlyMap<string, ReadonlySet<string>>;
  /** Held lessons per class set, by date then period. */
  readonly heldByClassSet: ReadonlyMap<string, readonly ReportSession[]>;
  /** Held lessons per group, by date then period. */
  readonly heldByGroup: ReadonlyMap<string, readonly ReportSession[]>;
  readonly groupsByPupil: ReadonlyMap<string, readonly string[]>;
  /** Each pupil's status per lesson session. */
  readonly marksByPupil: ReadonlyMap<string, ReadonlyMap<string, AttendanceStatus>>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function compareLessons(a: { date: IsoDate; period: number; id: string }, b: { date: IsoDate; period: number; id: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.period - b.period || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function clipToWithdrawal(span: EnrolmentSpan, withdrawnOn: IsoDate | undefined): EnrolmentSpan | undefined {
  if (withdrawnOn === undefined) return span;
  if (span.from > withdrawnOn) return undefined;
  return span.to === undefined || span.to > withdrawnOn ? { ...span, to: withdrawnOn } : span;
}

export function indexAttendance(data: AttendanceData): AttendanceIndex {
  const pupils = new Map<string, ReportPupil>();
  for (const p of data.pupils) if (p.deleted !== true) pupils.set(p.id, p);

  const spansByPupil = new Map<string, EnrolmentSpan[]>();
  const pupilsByClassSet = new Map<string, Set<string>>();
  for (const e of data.enrolments) {
    const pupil = pupils.get(e.pupilId);
    if (e.deleted === true || pupil === undefined) continue;
    const span = clipToWithdrawal({ classSetId: e.classSetId, grade: e.grade, from: e.from, to: e.to }, pupil.withdrawnOn);
    if (span === undefined) continue;
    push(spansByPupil, e.pupilId, span);
    let members = pupilsByClassSet.get(e.classSetId);
    if (!members) pupilsByClassSet.set(e.classSetId, (members = new Set()));
    members.add(e.pupilId);
  }
  for (const spans of spansByPupil.values()) spans.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));

  const heldByClassSet = new Map<string, ReportSession[]>();
  const heldByGroup = new Map<string, ReportSession[]>();
  for (const s of data.sessions) {
    if (s.deleted === true || s.status !== LessonStatus.held) continue;
    if (s.classSetId !== undefined) push(heldByClassSet, s.classSetId, s);
    else if (s.groupId !== undefined) push(heldByGroup, s.groupId, s);
  }
  for (const list of heldByClassSet.values()) list.sort(compareLessons);
  for (const list of heldByGroup.values()) list.sort(compareLessons);

  const groupsByPupil = new Map<string, string[]>();
  for (const g of data.groups ?? []) {
    if (g.deleted === true) continue;
    for (const pupilId of g.pupilIds) push(groupsByPupil, pupilId, g.id);
  }

  const marksByPupil = new Map<string, Map<string, AttendanceStatus>>();
  for (const m of data.marks) {
    if (m.deleted === true) continue;
    let marks = marksByPupil.get(m.pupilId);
    if (!marks) marksByPupil.set(m.pupilId, (marks = new Map()));
    marks.set(m.sessionId, m.status);
  }

  return { pupils, spansByPupil, pupilsByClassSet, heldByClassSet, heldByGroup, groupsByPupil, marksByPupil };
}
