/** What the address holds for the parent reports, with the defaults a teacher expects. */
import { quarterOf } from '@/domain/academicCalendar';
import type { IsoDate } from '@/domain/dates';
import type { AcademicYear } from '@/domain/entities/academicYear';
import type { InstructionLanguage } from '@/domain/language';

/** The quarter in the address, else the quarter of today, else the last one begun (1 before the year starts). */
export function chosenQuarter(value: string | undefined, year: Pick<AcademicYear, 'quarters'> | undefined, today: IsoDate): number {
  const asked = Number(value);
  if (Number.isInteger(asked) && asked >= 1 && asked <= 4) return asked;
  if (!year) return 1;
  const begun = year.quarters.filter((q) => q.startsOn <= today).length;
  return quarterOf(today, year) ?? Math.max(1, begun);
}

/** The language asked for, else the class set's language of instruction. */
export function chosenLanguage(value: string | undefined, classLanguage: InstructionLanguage | undefined): InstructionLanguage {
  return value === 'kk' || value === 'ru' ? value : (classLanguage ?? 'kk');
}
