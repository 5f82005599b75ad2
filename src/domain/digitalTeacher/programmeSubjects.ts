/**
 * The six subjects of the "Digital teacher" programme (Цифрлық ұстаз), by the stable subject
 * `code` every school's subjects carry (seed 003: algebra, geometry, chemistry, physics,
 * biology, history of Kazakhstan). A school's own subject rows are matched by code, so the
 * rules never depend on one school's ids.
 */
export const PROGRAMME_SUBJECT_CODES = ['algebra', 'geometry', 'chemistry', 'physics', 'biology', 'kazakhHistory'] as const;
export type ProgrammeSubjectCode = (typeof PROGRAMME_SUBJECT_CODES)[number];

export function isProgrammeSubjectCode(code: string): code is ProgrammeSubjectCode {
  return (PROGRAMME_SUBJECT_CODES as readonly string[]).includes(code);
}

/** The ids of a school's programme subjects, from its subject rows. */
export function programmeSubjectIds(subjects: readonly { readonly id: string; readonly code: string }[]): ReadonlySet<string> {
  return new Set(subjects.filter((s) => isProgrammeSubjectCode(s.code)).map((s) => s.id));
}
