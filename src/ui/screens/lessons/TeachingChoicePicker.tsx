/** Which subject in which class set to plan, and for a combined class which grade's plan. */
import type { TeachingChoice } from '@/client/lessons/readTeachingChoices';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { Language } from '@/domain/language';
import { SelectField } from '@/ui/components/form/SelectField';
import { subjectName } from '../attendance/attendanceText';

export const choiceKey = (c: Pick<TeachingChoice, 'classSetId' | 'subjectId'>): string => `${c.classSetId} ${c.subjectId}`;

export function TeachingChoicePicker({
  choices,
  choice,
  grade,
  onChange,
}: {
  choices: readonly TeachingChoice[];
  choice: TeachingChoice;
  grade: number;
  onChange: (choice: TeachingChoice, grade: number) => void;
}) {
  const { t, i18n } = useTranslation(['lessons']);
  const language = i18n.language as Language;
  const label = (c: TeachingChoice) => `${c.classSetName} · ${subjectName(c.subjectNames, language)}`;
  return (
    <div className="lessons-picker">
      <SelectField
        label={t('classSetSubjectFieldLabel')}
        value={choiceKey(choice)}
        options={choices.map((c) => ({ value: choiceKey(c), label: label(c) }))}
        onChange={(key) => {
          const next = choices.find((c) => choiceKey(c) === key);
          if (next) onChange(next, next.grades[0]!);
        }}
      />
      {choice.grades.length > 1 && (
        <SelectField
          label={t('gradePlanFieldLabel')}
          value={String(grade)}
          options={choice.grades.map((g) => ({ value: String(g), label: t('gradeOptionLabel', { grade: g }) }))}
          onChange={(g) => onChange(choice, Number(g))}
        />
      )}
    </div>
  );
}
