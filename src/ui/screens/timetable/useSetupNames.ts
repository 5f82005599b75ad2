/**
 * Names the Timetable screen shows for ids: a subject in the interface language (or any
 * language it has), a member of staff as "Surname N. P.", and which staff can teach or assist.
 */
import type { ClassSetRow, StaffRow, SubjectRow } from '@/client/setup/setupRows';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { StaffStatus } from '@/domain/entities/staff';
import { pickLocalized } from '@/domain/language';
import { compareByName, fullName, NameOrder } from '@/domain/person';
import { Role } from '@/domain/roles';
import type { SelectOption } from '@/ui/components/form/SelectField';

export interface SetupNames {
  subjectName(id: string): string;
  staffName(id: string | undefined): string;
  /** Subjects taught in any grade of the class set, by name. */
  subjectOptions(classSet: ClassSetRow | undefined): SelectOption[];
  /** Current teachers (and heads, who teach too), by name. */
  teacherOptions: SelectOption[];
  /** Current staff who can assist or stand in: assistants and teachers. */
  assistantOptions: SelectOption[];
}

export function useSetupNames(subjects: readonly SubjectRow[], staff: readonly StaffRow[]): SetupNames {
  useTranslation();
  const language = currentLanguage();
  const subjectById = new Map(subjects.map((s) => [s.id, s]));
  const staffById = new Map(staff.map((s) => [s.id, s]));
  const current = [...staff].filter((s) => s.status === StaffStatus.active).sort(compareByName);
  const option = (s: StaffRow) => ({ value: s.id, label: fullName(s, NameOrder.initials) });
  const subjectName = (id: string) => {
    const subject = subjectById.get(id);
    return subject ? pickLocalized(subject.names, [language]) : '';
  };
  return {
    subjectName,
    staffName: (id) => {
      const person = id === undefined ? undefined : staffById.get(id);
      return person ? fullName(person, NameOrder.initials) : '';
    },
    subjectOptions: (classSet) =>
      subjects
        .filter((s) => !classSet || s.grades === undefined || s.grades.some((g) => classSet.grades.includes(g)))
        .map((s) => ({ value: s.id, label: subjectName(s.id) }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    teacherOptions: current.filter((s) => s.roles.includes(Role.teacher) || s.roles.includes(Role.head)).map(option),
    assistantOptions: current.filter((s) => s.roles.includes(Role.assistant) || s.roles.includes(Role.teacher)).map(option),
  };
}
