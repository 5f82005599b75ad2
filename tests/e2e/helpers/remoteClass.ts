/**
 * A combined class 5-6 taught mathematics remotely from the hub (demo teacher4, with
 * assistant1 in the room), one Tuesday lesson a week, as the head's laptop would have
 * synced it: written on the server for tests that start from a planned lesson.
 */
import { derivedId } from '@/domain/ids';
import type { SystemRecord } from '@/server/accounts/writeSystemRecords';
import type { DemoServer } from './demoSchool';

export interface RemoteClass {
  readonly classSetId: string;
  readonly slotId: string;
  readonly records: SystemRecord[];
}

export function remoteMathsClass(demo: DemoServer, options: { key: string; name: string; period: number }): RemoteClass {
  const records = demo.server.demo!.records;
  const idOf = (table: string, match: (fields: Record<string, unknown>) => boolean) => records.find((r) => r.table === table && match(r.fields))!.id;
  const classSetId = derivedId(options.key, 'classSet', options.name);
  const slotId = derivedId(options.key, 'slot', 'tuesday-maths');
  return {
    classSetId,
    slotId,
    records: [
      {
        table: 'classSets',
        id: classSetId,
        fields: { name: options.name, grades: [5, 6], language: 'kk', academicYearId: idOf('academicYears', () => true), status: 'active' },
      },
      {
        table: 'timetableSlots',
        id: slotId,
        fields: {
          classSetId,
          weekday: 2,
          period: options.period,
          subjectId: idOf('subjects', (f) => f.code === 'mathematics'),
          teacherId: demo.account('teacher4').staffId,
          assistantId: demo.account('assistant1').staffId,
          mode: 'fromHub',
          validFrom: '2026-09-01',
        },
      },
    ],
  };
}
