/**
 * A КТЖ topic as the by-hand editor holds it while typed: hours as text ("0,5"), objective
 * codes as one comma-separated line. Converted to the stored entry on save, where the
 * entity's rules (hours, quarters in order, codes' format) refuse what is wrong.
 */
import type { CalendarPlanEntry } from '@/domain/entities/calendarPlan';
import { entryObjectiveCodes } from './entryTitle';

export interface EntryForm {
  readonly quarter: number;
  readonly section: string;
  readonly title: string;
  readonly hours: string;
  readonly codes: string;
  /** What the form does not edit, kept as stored (week, planned date, curriculum links). */
  readonly kept: Partial<CalendarPlanEntry>;
}

export function entryToForm(entry: CalendarPlanEntry): EntryForm {
  const { quarter, title, hours, section: _section, objectiveCodes: _codes, ...kept } = entry;
  return {
    quarter,
    section: entry.section ?? '',
    title: title ?? '',
    hours: String(hours).replace('.', ','),
    codes: entryObjectiveCodes(entry).join(', '),
    kept,
  };
}

export function formToEntry(form: EntryForm): CalendarPlanEntry {
  const codes = form.codes.split(/[\s,;]+/).filter(Boolean);
  const {
    section: _section,
    objectiveCodes: _codes,
    ...kept
  } = form.kept as Partial<CalendarPlanEntry> & { section?: string; objectiveCodes?: string[] };
  return {
    ...kept,
    quarter: form.quarter,
    title: form.title,
    hours: Number(form.hours.trim().replace(',', '.')),
    ...(form.section.trim() ? { section: form.section } : {}),
    ...(codes.length > 0 ? { objectiveCodes: codes } : {}),
  };
}

export const emptyEntryForm = (quarter: number): EntryForm => ({ quarter, section: '', title: '', hours: '1', codes: '', kept: {} });
