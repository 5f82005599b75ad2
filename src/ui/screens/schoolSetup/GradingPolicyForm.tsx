/**
 * The head sets the term mark's weights from a date: formative, БЖБ and ТЖБ (25 / 25 / 50
 * nationally) and the weights for a subject without a ТЖБ. Term marks of quarters ending on
 * or after the date are computed by it; earlier quarters keep their rule.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { usePolicyCommands, useSchoolPolicies } from '@/client/gradebook/policyCommands';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { NATIONAL_POLICY_2020 } from '@/domain/grading/nationalPolicy';
import { DateField } from '@/ui/components/DateField';
import { WriteProblems } from '@/ui/components/form/WriteProblems';

const PARTS = ['formative', 'sectionSummative', 'termSummative'] as const;
const PART_KEYS = {
  formative: 'schoolSetup:formativeWeightFieldLabel',
  sectionSummative: 'schoolSetup:sectionSummativeWeightFieldLabel',
  termSummative: 'schoolSetup:termSummativeWeightFieldLabel',
} as const;

export function GradingPolicyForm({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation(['schoolSetup']);
  const headingId = useId();
  const policies = useSchoolPolicies(schoolId);
  const commands = usePolicyCommands();
  const save = useSaveAction();
  const current = policies?.[0] ?? NATIONAL_POLICY_2020;
  const [from, setFrom] = useState('');
  const [weights, setWeights] = useState<Record<string, string>>(() => Object.fromEntries(PARTS.map((p) => [p, String(current.weights[p])])));
  const [without, setWithout] = useState<Record<string, string>>(() =>
    Object.fromEntries(PARTS.map((p) => [p, String(current.weightsWithoutTermSummative[p])])),
  );
  const numbers = (w: Record<string, string>) =>
    Object.fromEntries(PARTS.map((p) => [p, w[p]!.trim() === '' ? NaN : Number(w[p]!.replace(',', '.'))])) as Record<(typeof PARTS)[number], number>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run(() =>
      commands.addPolicy({
        name: t('policyNameLabel', { date: from }),
        effectiveFrom: from,
        weights: numbers(weights),
        weightsWithoutTermSummative: numbers(without),
      }),
    );
  };
  return (
    <form className="panel setup-form" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h2 id={headingId}>{t('gradingPolicyTitle')}</h2>
      <p className="hint">{t('gradingPolicyHintMessage', { name: current.name, from: current.effectiveFrom })}</p>
      <DateField label={t('policyFromFieldLabel')} value={from} onChange={setFrom} />
      <fieldset className="choice-group">
        <legend>{t('weightsFieldLabel')}</legend>
        {PARTS.map((p) => (
          <WeightField key={p} label={t(PART_KEYS[p])} value={weights[p]!} onChange={(v) => setWeights({ ...weights, [p]: v })} />
        ))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>{t('weightsWithoutTermSummativeFieldLabel')}</legend>
        {PARTS.slice(0, 2).map((p) => (
          <WeightField key={p} label={t(PART_KEYS[p])} value={without[p]!} onChange={(v) => setWithout({ ...without, [p]: v })} />
        ))}
      </fieldset>
      <WriteProblems
        error={save.error}
        fieldLabels={{
          effectiveFrom: t('policyFromFieldLabel'),
          weights: t('weightsFieldLabel'),
          weightsWithoutTermSummative: t('weightsWithoutTermSummativeFieldLabel'),
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving}>
          {t('savePolicyAction')}
        </button>
        <span className="field-status" role="status">
          {save.state.status === 'saved' ? t('policySavedMessage') : ''}
        </span>
      </div>
    </form>
  );
}

function WeightField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} inputMode="numeric" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
