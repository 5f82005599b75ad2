/** The grades (1-11) a class set teaches: one, or several for a combined class. */
import { useTranslation } from '@/client/i18n/useTranslation';

const GRADES = Array.from({ length: 11 }, (_, i) => i + 1);

export function GradesChoice({ value, onChange }: { value: readonly number[]; onChange: (grades: number[]) => void }) {
  const { t } = useTranslation('schoolSetup');
  const toggle = (grade: number, isChecked: boolean) =>
    onChange(isChecked ? [...value, grade].sort((a, b) => a - b) : value.filter((g) => g !== grade));
  return (
    <fieldset className="choice-group">
      <legend>{t('gradesFieldLabel')}</legend>
      <div className="choice-grid">
        {GRADES.map((grade) => (
          <label key={grade} className="choice">
            <input type="checkbox" checked={value.includes(grade)} onChange={(e) => toggle(grade, e.target.checked)} />
            {t('gradeOptionLabel', { grade })}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
