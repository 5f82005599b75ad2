import { describe, expect, it } from 'vitest';
import { ENTITY_SCHEMAS } from '@/domain/entities';
import { isDigitalTeacherGroupReady, type Group } from '@/domain/entities/group';
import { hasReachedStep } from '@/domain/entities/lessonPlan';
import { plannedHoursByQuarter, type CalendarPlan } from '@/domain/entities/calendarPlan';
import type { TableName } from '@/domain/tables';
import { ValidationCode as V, validationProblems, type ValidationProblem } from '@/domain/validation';
import { VALID, valid } from './fixtures';

function problems(table: TableName, overrides: Record<string, unknown>): ValidationProblem[] {
  const r = ENTITY_SCHEMAS[table].safeParse(valid(table, overrides));
  return r.success ? [] : validationProblems(r.error);
}

describe('shared field rules', () => {
  it('trims names and refuses blank ones', () => {
    expect(ENTITY_SCHEMAS.pupils.parse(valid('pupils', { name: '  Аружан ' })).name).toBe('Аружан');
    expect(problems('pupils', { name: '   ' })).toEqual([{ path: 'name', code: V.required }]);
  });

  it('refuses names longer than the limit', () => {
    expect(problems('pupils', { surname: 'А'.repeat(61) })).toEqual([{ path: 'surname', code: V.tooLong }]);
  });

  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(problems('pupils', { birthDate: '2014-02-28' })).toEqual([]);
    expect(problems('pupils', { birthDate: '2014-02-29' })).toEqual([{ path: 'birthDate', code: V.invalidDate }]);
    expect(problems('pupils', { birthDate: '28.02.2014' })).toEqual([{ path: 'birthDate', code: V.invalidDate }]);
  });

  it('keeps grades within 1-11 and whole', () => {
    expect(problems('pupils', { grade: 0 })).toEqual([{ path: 'grade', code: V.gradeRange }]);
    expect(problems('pupils', { grade: 12 })).toEqual([{ path: 'grade', code: V.gradeRange }]);
    expect(problems('pupils', { grade: 5.5 })).toEqual([{ path: 'grade', code: V.notInteger }]);
  });

  it('allows a combined class of several grades but no repeated grade', () => {
    expect(problems('classSets', { grades: [2, 3, 4] })).toEqual([]);
    expect(problems('classSets', { grades: [5, 5] })).toEqual([{ path: 'grades', code: V.duplicate }]);
    expect(problems('classSets', { grades: [] })).toEqual([{ path: 'grades', code: V.emptyList }]);
  });

  it('tags id fields so a parsed row carries typed ids', () => {
    const parsed = ENTITY_SCHEMAS.enrolments.parse(VALID.enrolments);
    expect(parsed.pupilId).toBe('pupil-1');
  });
});

describe('per-entity rules', () => {
  it('a magnet school names its hub; a school without a link has no contracted speed', () => {
    expect(problems('schools', { hubSchoolId: undefined })).toEqual([{ path: 'hubSchoolId', code: V.dependentRequired }]);
    expect(problems('schools', { connection: 'none' })).toEqual([{ path: 'contractedMbps', code: V.notAllowed }]);
  });

  it('quarters follow one another inside the academic year', () => {
    const q = VALID.academicYears.quarters;
    expect(problems('academicYears', { quarters: [q[0], q[0], q[2], q[3]] })).toEqual([{ path: 'quarters.1.startsOn', code: V.dateOrder }]);
    expect(problems('academicYears', { endsOn: '2026-05-01' })).toEqual([{ path: 'quarters.3.endsOn', code: V.outOfRange }]);
  });

  it('a withdrawn pupil has a withdrawal date and an active one has none', () => {
    expect(problems('pupils', { status: 'withdrawn' })).toEqual([{ path: 'withdrawnOn', code: V.dependentRequired }]);
    expect(problems('pupils', { withdrawnOn: '2026-01-10' })).toEqual([{ path: 'withdrawnOn', code: V.notAllowed }]);
    expect(problems('pupils', { status: 'withdrawn', withdrawnOn: '2026-01-10' })).toEqual([]);
  });

  it('an enrolment does not end before it starts', () => {
    expect(problems('enrolments', { to: '2025-08-31' })).toEqual([{ path: 'to', code: V.dateOrder }]);
  });

  it('staff never hold the pupil role', () => {
    expect(problems('staff', { roles: ['pupil'] })).toEqual([{ path: 'roles.0', code: V.invalidChoice }]);
  });

  it('a Digital teacher group is of grades 8-11, at most 5 pupils, one subject', () => {
    expect(problems('groups', { grade: 7 })).toEqual([{ path: 'grade', code: V.gradeRange }]);
    expect(problems('groups', { pupilIds: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'] })).toEqual([{ path: 'pupilIds', code: V.tooMany }]);
    expect(problems('groups', { kind: 'other', grade: 3, subjectId: undefined })).toEqual([]);
    const group = ENTITY_SCHEMAS.groups.parse(VALID.groups) as Group;
    expect(isDigitalTeacherGroupReady(group)).toBe(true);
    expect(isDigitalTeacherGroupReady({ ...group, pupilIds: group.pupilIds.slice(0, 2) })).toBe(false);
  });

  it('a lesson is for exactly one class set or group', () => {
    expect(problems('lessonSessions', { classSetId: undefined })).toEqual([{ path: 'classSetId', code: V.exactlyOne }]);
    expect(problems('lessonSessions', { groupId: 'group-1' })).toEqual([{ path: 'classSetId', code: V.exactlyOne }]);
    expect(problems('timetableSlots', { classSetId: undefined, groupId: 'group-1' })).toEqual([]);
  });

  it('a substitute is someone other than the lesson teacher', () => {
    expect(problems('lessonSessions', { substituteTeacherId: 'staff-hub' })).toEqual([{ path: 'substituteTeacherId', code: V.notAllowed }]);
  });

  it('minutes late are recorded only for a late mark', () => {
    expect(problems('attendanceMarks', { status: 'absent' })).toEqual([{ path: 'minutesLate', code: V.notAllowed }]);
  });

  it('a calendar plan runs forward in quarters and weeks and sums hours per quarter', () => {
    const e = VALID.calendarPlans.entries;
    expect(problems('calendarPlans', { entries: [e[2], e[0]] })).toEqual([{ path: 'entries.1.quarter', code: V.dateOrder }]);
    expect(problems('calendarPlans', { entries: [e[1], e[0]] })).toEqual([{ path: 'entries.1.week', code: V.dateOrder }]);
    expect(problems('calendarPlans', { entries: [{ quarter: 1, week: 1, hours: 1 }] })).toEqual([{ path: 'entries.0.title', code: V.required }]);
    // A teacher's spreadsheet has sections and codes, rarely weeks: an entry without a week keeps its place.
    const imported = [
      { quarter: 1, section: '1-бөлім. Натурал сандар', title: 'Натурал сандарды оқу', hours: 0.5, objectiveCodes: ['5.1.1.1'] },
      { quarter: 1, week: 2, title: 'Натурал сандар', hours: 3 },
      { quarter: 1, title: 'Салыстыру', hours: 1 },
    ];
    expect(problems('calendarPlans', { entries: imported })).toEqual([]);
    expect(problems('calendarPlans', { entries: [{ quarter: 1, title: 'x', hours: 1, objectiveCodes: ['бес'] }] })).toEqual([
      { path: 'entries.0.objectiveCodes.0', code: V.invalidFormat },
    ]);
    const plan = ENTITY_SCHEMAS.calendarPlans.parse(VALID.calendarPlans) as CalendarPlan;
    expect(plannedHoursByQuarter(plan)).toEqual([5, 4, 0, 0]);
  });

  it('lesson plan stages fit in the lesson; planning steps are ordered', () => {
    expect(problems('lessonPlans', { lessonMinutes: 40 })).toEqual([{ path: 'stages', code: V.outOfRange }]);
    expect(hasReachedStep({ step: 'stages' }, 'resources')).toBe(true);
    expect(hasReachedStep({ step: 'stages' }, 'conducted')).toBe(false);
  });

  it('a resource has a link or a file; a file is addressed by SHA-256', () => {
    expect(problems('resources', { url: undefined })).toEqual([{ path: 'url', code: V.dependentRequired }]);
    expect(problems('resources', { url: 'javascript:alert(1)' })).toEqual([{ path: 'url', code: V.invalidFormat }]);
    const file = { sha256: 'a'.repeat(64), size: 1024, mime: 'video/mp4', name: 'lesson.mp4' };
    expect(problems('resources', { kind: 'video', url: undefined, file, cacheable: true })).toEqual([]);
    expect(problems('resources', { file: { ...file, sha256: 'xyz' } })).toEqual([{ path: 'file.sha256', code: V.invalidFormat }]);
  });

  it('objective codes look like 5.1.2.1', () => {
    expect(problems('learningObjectives', { code: '5.1.2.1' })).toEqual([]);
    expect(problems('learningObjectives', { code: 'five' })).toEqual([{ path: 'code', code: V.invalidFormat }]);
  });

  it('a summative names its quarter, and a section summative its section', () => {
    expect(problems('assessments', { sectionId: undefined })).toEqual([{ path: 'sectionId', code: V.dependentRequired }]);
    expect(problems('assessments', { kind: 'termSummative', sectionId: undefined, quarter: undefined })).toEqual([
      { path: 'quarter', code: V.dependentRequired },
    ]);
    expect(problems('assessments', { kind: 'formative', quarter: undefined, sectionId: undefined })).toEqual([]);
    expect(problems('assessments', { selection: { kind: 'draw', perTopic: 2, topicIds: [] } })).toEqual([
      { path: 'selection.topicIds', code: V.emptyList },
    ]);
  });

  it("an item's key matches its kind and options", () => {
    expect(problems('items', { key: { kind: 'single', optionId: 'z' } })).toEqual([{ path: 'key', code: V.keyMismatch }]);
    expect(problems('items', { key: { kind: 'number', value: 1, tolerance: 0 } })).toEqual([{ path: 'key', code: V.keyMismatch }]);
    const matching = {
      kind: 'matching',
      options: [
        { id: 'l1', text: 'Абай' },
        { id: 'l2', text: 'Мұхтар' },
      ],
      matchOptions: [
        { id: 'r1', text: 'Қара сөздер' },
        { id: 'r2', text: 'Абай жолы' },
      ],
      key: {
        kind: 'matching',
        pairs: [
          ['l1', 'r1'],
          ['l2', 'r2'],
        ],
      },
    };
    expect(problems('items', matching)).toEqual([]);
    expect(
      problems('items', {
        ...matching,
        key: {
          kind: 'matching',
          pairs: [
            ['l1', 'r1'],
            ['l1', 'r2'],
          ],
        },
      }),
    ).toEqual([{ path: 'key', code: V.keyMismatch }]);
    expect(
      problems('items', {
        options: [
          { id: 'a', text: '1' },
          { id: 'a', text: '2' },
        ],
        key: { kind: 'single', optionId: 'a' },
      }),
    ).toEqual([{ path: 'options', code: V.duplicate }]);
  });

  it('an assignment gives exactly one assessment or resource to exactly one class set or group', () => {
    expect(problems('assignments', { resourceId: 'res-1' })).toEqual([{ path: 'assessmentId', code: V.exactlyOne }]);
    expect(problems('assignments', { groupId: 'group-1' })).toEqual([{ path: 'classSetId', code: V.exactlyOne }]);
    expect(problems('assignments', { dueAt: 1 })).toEqual([{ path: 'dueAt', code: V.dateOrder }]);
  });

  it('a score never exceeds its maximum', () => {
    expect(problems('attempts', { score: 13 })).toEqual([{ path: 'score', code: V.scoreAboveMax }]);
    expect(problems('answers', { points: 2 })).toEqual([{ path: 'points', code: V.scoreAboveMax }]);
    expect(problems('marks', { score: 12.5 })).toEqual([{ path: 'score', code: V.scoreAboveMax }]);
    expect(problems('marks', { score: -1 })).toEqual([{ path: 'score', code: V.negative }]);
  });

  it('term and year marks are whole marks out of 5; only the year mark has no quarter', () => {
    expect(problems('marks', { kind: 'term', score: 4, maxScore: 5 })).toEqual([]);
    expect(problems('marks', { kind: 'term', score: 4.5, maxScore: 5 })).toEqual([{ path: 'score', code: V.outOfRange }]);
    expect(problems('marks', { kind: 'year', score: 4, maxScore: 10, quarter: undefined })).toEqual([{ path: 'maxScore', code: V.outOfRange }]);
    expect(problems('marks', { kind: 'formative', quarter: undefined })).toEqual([{ path: 'quarter', code: V.dependentRequired }]);
  });

  it('grading policy weights add up to 100 and bands rise from 0 %', () => {
    expect(problems('gradingPolicies', { weights: { formative: 30, sectionSummative: 30, termSummative: 30 } })).toEqual([
      { path: 'weights', code: V.weightsSum },
    ]);
    expect(
      problems('gradingPolicies', {
        scales: [
          {
            fromGrade: 1,
            toGrade: 11,
            bands: [
              { minPercent: 10, mark: 2 },
              { minPercent: 5, mark: 3 },
            ],
          },
        ],
      }),
    ).toEqual([
      { path: 'scales.0.bands.0', code: V.bandOrder },
      { path: 'scales.0.bands.1', code: V.bandOrder },
    ]);
    expect(problems('gradingPolicies', { weightsWithoutTermSummative: { formative: 50, sectionSummative: 25, termSummative: 25 } })).toEqual([
      { path: 'weightsWithoutTermSummative.termSummative', code: V.notAllowed },
    ]);
  });

  it('a welfare record holds at most the two programme subjects a pupil chose', () => {
    expect(problems('welfareRecords', { subjectIds: ['s1', 's2', 's3'] })).toEqual([{ path: 'subjectIds', code: V.tooMany }]);
  });

  it('a conflict records a losing stamp older than the winning one', () => {
    expect(problems('conflicts', { losingStamp: VALID.conflicts.winningStamp })).toEqual([{ path: 'losingStamp', code: V.dateOrder }]);
    expect(problems('conflicts', { table: 'nope' })).toEqual([{ path: 'table', code: V.invalidChoice }]);
  });
});
