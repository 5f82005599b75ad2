/**
 * What the assistant's panel of a remote lesson reads: the stages of the lesson's plan, and
 * the quick checks open now for the class set (formative tasks only, not closed, not yet
 * open ones left out) with the pupils who have answered each.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { applyRemoteChanges } from '@/client/db/applyRemoteChanges';
import { readClassroom } from '@/client/classroom/readClassroom';
import { lessonPlanIdOf } from '@/client/lessons/lessonPlanWrites';
import type { TableName } from '@/domain/tables';
import { remoteRow } from '../db/remoteRow';
import { valid } from '../../domain/entities/fixtures';
import { makeDb, testEnv } from '../db/testDb';

const NOW = Date.UTC(2026, 10, 24, 6);
const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const row = (table: TableName, id: string, fields: Record<string, unknown>) => remoteRow(table, id, fields, NOW - 60_000);
const assessment = (id: string, kind: string) =>
  row('assessments', id, { ...valid('assessments'), kind, ...(kind === 'formative' ? { quarter: undefined, sectionId: undefined } : {}), title: id });
const assignment = (id: string, assessmentId: string, fields: Record<string, unknown> = {}) =>
  row('assignments', id, { assessmentId, classSetId: 'c56', assignedById: 'staff-1', opensAt: NOW - 3_600_000, ...fields });

describe('readClassroom', () => {
  it('gives the plan’s stages and the open formative checks of the class set, with who has answered', async () => {
    const db = makeDb(undefined, { env: testEnv(NOW) });
    opened.push(db);
    await applyRemoteChanges(db, [
      row('lessonPlans', lessonPlanIdOf('session-1'), valid('lessonPlans')),
      assessment('quick', 'formative'),
      assessment('bzhb', 'sectionSummative'),
      assignment('open', 'quick'),
      assignment('summative', 'bzhb'),
      assignment('closed', 'quick', { dueAt: NOW - 60_000 }),
      assignment('later', 'quick', { opensAt: NOW + 3_600_000 }),
      assignment('other-class', 'quick', { classSetId: 'c78' }),
      row('attempts', 'att-1', {
        assessmentId: 'quick',
        assignmentId: 'open',
        pupilId: 'p1',
        startedAt: 1,
        submittedAt: 2,
        maxScore: 2,
        itemIds: [],
      }),
    ]);
    const room = await readClassroom(db, 'session-1', 'c56', NOW);
    expect(room.stages.map((s) => [s.name, s.minutes, s.lead])).toEqual([
      ['Ұйымдастыру', 5, 'assistant'],
      ['Жаңа тақырып', 30, 'teacher'],
      ['Бекіту', 10, 'assistant'],
    ]);
    expect(room.checks.map((c) => [c.assignment.id, [...c.answered]])).toEqual([['open', ['p1']]]);
    expect((await readClassroom(db, 'session-2', 'c56', NOW)).stages).toEqual([]);
  });
});
