// Rows the gradebook tests (and the reports built on the gradebook) seed a school with, as
// sync stores them: the 2026-2027 year, assessments of mathematics and their assignments.
import type { TableName } from '@/domain/tables';
import { valid } from '../../domain/entities/fixtures';
import { remoteRow } from '../db/remoteRow';

export const row = (table: TableName, id: string, fields: Record<string, unknown>) => remoteRow(table, id, fields);

/** 2026-11-10 11:00 in Kazakhstan: a day of quarter 2. */
export const Q2_OPENS = Date.UTC(2026, 10, 10, 6);

export const yearRow = (id = 'year') =>
  row(
    'academicYears',
    id,
    valid('academicYears', {
      quarters: [
        { startsOn: '2026-09-01', endsOn: '2026-10-26' },
        { startsOn: '2026-11-03', endsOn: '2026-12-29' },
        { startsOn: '2027-01-08', endsOn: '2027-03-17' },
        { startsOn: '2027-03-30', endsOn: '2027-05-25' },
      ],
    }),
  );

/** A mathematics assessment; a summative is of quarter 2, a БЖБ closes `section-1`. */
export const assessmentRow = (id: string, kind: string, maxScore: number, extra: Record<string, unknown> = {}) =>
  row('assessments', id, {
    kind,
    title: id,
    subjectId: 'math',
    grades: [5, 6],
    authorId: 'staff-1',
    language: 'kk',
    criteria: [],
    selection: { kind: 'fixed', itemIds: [] },
    maxScore,
    ...(kind === 'formative' ? {} : { quarter: 2 }),
    ...(kind === 'sectionSummative' ? { sectionId: 'section-1' } : {}),
    ...extra,
  });

/** The assessment given to a class set (5-6 unless said), opening in quarter 2. */
export const givenRow = (id: string, assessmentId: string, extra: Record<string, unknown> = {}) =>
  row('assignments', id, { assessmentId, classSetId: 'c56', assignedById: 'staff-1', opensAt: Q2_OPENS, ...extra });
