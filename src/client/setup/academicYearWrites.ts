/**
 * The head's academic year: its name, the dates of its four quarters, its holidays and
 * the school week. The year runs from the first day of the first quarter to the last day
 * of the fourth, so the head types each date once. Whether a date holds lessons follows
 * from these (`isSchoolDay`): Today, the registers and reports all read them.
 *
 * Invalid dates (a quarter ending before it starts, quarters overlapping, a holiday ending
 * before it starts) are refused by the schema as a `RecordWriteError` whose issue paths
 * (`quarters.2.endsOn`, `holidays.0.to`) point at the field to fix.
 */
import type { IsoDate } from '@/domain/dates';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { createRecord, updateRecord } from '../db/writeRecord';

export interface QuarterInput {
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate;
}

export interface HolidayInput {
  readonly name: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface AcademicYearInput {
  readonly name: string;
  readonly quarters: readonly [QuarterInput, QuarterInput, QuarterInput, QuarterInput];
  readonly holidays: readonly HolidayInput[];
  /** ISO weekdays with lessons, e.g. [1, 2, 3, 4, 5]. */
  readonly schoolWeek: readonly number[];
}

function yearFields(input: AcademicYearInput) {
  const [q1, q2, q3, q4] = input.quarters;
  return {
    name: input.name,
    startsOn: q1.startsOn,
    endsOn: q4.endsOn,
    quarters: [q1, q2, q3, q4].map((q) => ({ startsOn: q.startsOn, endsOn: q.endsOn })) as [QuarterInput, QuarterInput, QuarterInput, QuarterInput],
    holidays: [...input.holidays]
      .map((h) => ({ name: h.name, from: h.from, to: h.to }))
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
    schoolWeek: [...input.schoolWeek].sort((a, b) => a - b),
  };
}

/** Stores the year: a new one when `yearId` is absent; returns its id. */
export async function saveAcademicYear(db: SandyqDb, author: Author, yearId: string | undefined, input: AcademicYearInput): Promise<string> {
  if (yearId === undefined) return createRecord(db, author, 'academicYears', yearFields(input));
  await updateRecord(db, author, 'academicYears', yearId, yearFields(input));
  return yearId;
}
