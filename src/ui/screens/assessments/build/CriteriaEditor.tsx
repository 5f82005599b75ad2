/** An assessment's criteria, each with its descriptors and the points each earns: the rubric the teacher marks written work by. */
import { useTranslation } from '@/client/i18n/useTranslation';

export interface CriterionLine {
  readonly text: string;
  readonly descriptors: ReadonlyArray<{ readonly text: string; readonly points: string }>;
}

export function CriteriaEditor({ value, onChange }: { value: readonly CriterionLine[]; onChange: (criteria: CriterionLine[]) => void }) {
  const { t } = useTranslation(['assessments']);
  const setCriterion = (i: number, patch: Partial<CriterionLine>) => onChange(value.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <fieldset className="choice-group criteria-editor">
      <legend>{t('criteriaFieldLabel')}</legend>
      <p className="hint">{t('criteriaHintMessage')}</p>
      {value.map((c, i) => (
        <div key={i} className="criterion">
          <input
            aria-label={t('criterionFieldLabel', { number: i + 1 })}
            value={c.text}
            onChange={(e) => setCriterion(i, { text: e.target.value })}
          />
          {c.descriptors.map((d, k) => (
            <div key={k} className="option-line">
              <input
                aria-label={t('descriptorFieldLabel', { criterion: i + 1, number: k + 1 })}
                value={d.text}
                onChange={(e) => setCriterion(i, { descriptors: c.descriptors.map((x, m) => (m === k ? { ...x, text: e.target.value } : x)) })}
              />
              <input
                className="points-input"
                inputMode="decimal"
                aria-label={t('descriptorPointsFieldLabel', { criterion: i + 1, number: k + 1 })}
                value={d.points}
                onChange={(e) => setCriterion(i, { descriptors: c.descriptors.map((x, m) => (m === k ? { ...x, points: e.target.value } : x)) })}
              />
            </div>
          ))}
          <button type="button" className="button" onClick={() => setCriterion(i, { descriptors: [...c.descriptors, { text: '', points: '1' }] })}>
            {t('addDescriptorAction')}
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => onChange([...value, { text: '', descriptors: [{ text: '', points: '1' }] }])}>
        {t('addCriterionAction')}
      </button>
    </fieldset>
  );
}
