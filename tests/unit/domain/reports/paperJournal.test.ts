import { describe, expect, it } from 'vitest';
import { indexAttendance } from '@/domain/reports/attendanceIndex';
import { paperJournal } from '@/domain/reports/paperJournal';
import { attendanceFixture } from './attendanceFixture';

const index = indexAttendance(attendanceFixture());
const cellsOf = (j: ReturnType<typeof paperJournal>, pupilId: string) => j.rows.find((r) => r.pupilId === pupilId)?.cells;

describe('paper journal', () => {
  const days = { from: '2025-09-01', to: '2025-09-03' };

  it('has a column per held lesson of the period, in date and period order', () => {
    const j = paperJournal(index, 'cs56', days, { language: 'ru' });
    expect(j.lessons.map((l) => `${l.date.slice(8)}/${l.period}`)).toEqual(['01/1', '01/2', '01/3', '02/1', '02/2', '02/3', '03/1', '03/2', '03/3']);
  });

  it('on the paper form б and п print as н and о is left out', () => {
    const ru = paperJournal(index, 'cs56', days, { language: 'ru' });
    expect(cellsOf(ru, 'ahmetov')).toEqual(['н', 'н', '', '', '', '', '', '', '']);
    expect(cellsOf(ru, 'bekova')).toEqual(['', '', '', '', '', '', 'н', 'н', 'н']);
    const late = paperJournal(index, 'cs56', { from: '2025-09-08', to: '2025-09-08' }, { language: 'ru' });
    expect(cellsOf(late, 'bekova')).toEqual(['', '', '']);
  });

  it("the detailed form keeps every code, in the journal's language", () => {
    const ru = paperJournal(index, 'cs56', days, { language: 'ru', form: 'detailed' });
    expect(cellsOf(ru, 'ahmetov')?.slice(0, 2)).toEqual(['н', 'б']);
    const kk = paperJournal(index, 'cs56', days, { language: 'kk', form: 'detailed' });
    expect(cellsOf(kk, 'ahmetov')?.slice(0, 2)).toEqual(['Ж', 'А']);
    expect(paperJournal(index, 'cs56', days, { language: 'kk' }).rows[0]?.cells.slice(0, 2)).toEqual(['Ж', 'Ж']);
    const late = paperJournal(index, 'cs56', { from: '2025-09-08', to: '2025-09-08' }, { language: 'kk', form: 'detailed' });
    expect(cellsOf(late, 'bekova')).toEqual(['', 'К', '']);
  });

  it('leaves the cell empty (null) on days a pupil was not in the class set', () => {
    const j = paperJournal(index, 'cs56', { from: '2025-09-05', to: '2025-09-10' }, { language: 'ru' });
    expect(cellsOf(j, 'omarov')).toEqual(['', '', '', null, null, null, null, null, null, null, null, null]);
    expect(cellsOf(j, 'seitova')).toEqual(['', '', '', '', '', '', '', '', '', null, null, null]);
  });

  it("filters to one subject's page and counts missed lessons per pupil", () => {
    const j = paperJournal(index, 'cs56', days, { language: 'ru', subjectId: 'math' });
    expect(j.lessons.map((l) => l.period)).toEqual([1, 1, 1]);
    expect(j.rows.find((r) => r.pupilId === 'ahmetov')?.missedLessons).toBe(1);
    const all = paperJournal(index, 'cs56', days, { language: 'ru' });
    expect(all.rows.find((r) => r.pupilId === 'bekova')?.missedLessons).toBe(3);
  });
});
