/** Grades (1-11) to choose: one, or several for a combined class or a resource for several grades. */
import { useTranslation } from '@/client/i18n/useTranslation';

const GRADES = Array.from({ length: 11 }, (_, i) => i + 1);

export function GradesChoice({ legend, value, onChange }: { legend: string; value: readonly number[]; onChange: (grades: number[]) => void }) {
  const { t } = useTranslation('common');
  const toggle = (grade: number, isChecked: boolean) =>
    onChange(isChecked ? [...value, grade].sort((a, b) => a - b) : value.filter((g) => g !== grade));
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
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
