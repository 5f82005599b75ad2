/**
 * Giving an assessment to a class set, or to chosen pupils of it: when it opens and closes,
 * an optional time limit, how many attempts and which one counts. A pupil submitting after
 * the close date (offline for a week) is not refused: the attempt is kept, flagged late.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useAssessmentCommands } from '@/client/assessments/assessmentCommands';
import { useAssignmentChoices } from '@/client/assessments/useAssessments';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { AttemptCounting } from '@/domain/entities/assignment';
import { fullName } from '@/domain/person';
import { SelectField } from '@/ui/components/form/SelectField';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { COUNTING_LABEL_KEYS } from '../assessmentsText';

const localInput = (ms: number) => {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
};
const fromLocalInput = (text: string): number | undefined => (text ? new Date(text).getTime() : undefined);
const wholeOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));

export function AssignForm({
  schoolId,
  staffId,
  assessmentId,
  onDone,
}: {
  schoolId: string;
  staffId: string;
  assessmentId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation(['assessments']);
  const commands = useAssessmentCommands();
  const choices = useAssignmentChoices(schoolId);
  const save = useSaveAction();
  const ids = { opens: useId(), due: useId(), limit: useId(), attempts: useId() };
  const [audience, setAudience] = useState<'classSet' | 'group'>('classSet');
  const [groupId, setGroupId] = useState('');
  const [classSetId, setClassSetId] = useState('');
  const [pupilIds, setPupilIds] = useState<string[]>([]);
  const [opensAt, setOpensAt] = useState(() => localInput(Date.now()));
  const [dueAt, setDueAt] = useState('');
  const [limit, setLimit] = useState('');
  const [attempts, setAttempts] = useState('1');
  const [counting, setCounting] = useState<AttemptCounting>(AttemptCounting.best);
  const pupils = (choices?.pupils ?? []).filter((p) => p.classSetId === classSetId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const due = fromLocalInput(dueAt);
    const common = {
      assessmentId,
      assignedById: staffId,
      opensAt: fromLocalInput(opensAt) ?? Date.now(),
      counting,
      ...(due !== undefined ? { dueAt: due } : {}),
      ...(wholeOrUndefined(limit) !== undefined ? { timeLimitMinutes: wholeOrUndefined(limit) } : {}),
      ...(wholeOrUndefined(attempts) !== undefined ? { maxAttempts: wholeOrUndefined(attempts) } : {}),
    };
    const isDone = await save.run(() =>
      audience === 'group'
        ? commands.assignToGroup(common, groupId)
        : commands.assign({ ...common, classSetId, ...(pupilIds.length ? { pupilIds } : {}) }),
    );
    if (isDone) onDone();
  };

  return (
    <form className="assign-form" noValidate onSubmit={(e) => void submit(e)} aria-label={t('assignTitle')}>
      <h3>{t('assignTitle')}</h3>
      {(choices?.groups.length ?? 0) > 0 && (
        <fieldset className="choice-group">
          <legend>{t('assignToFieldLabel')}</legend>
          <div className="choice-grid">
            {(['classSet', 'group'] as const).map((a) => (
              <label key={a} className="choice">
                <input type="radio" name={`${ids.opens}-audience`} checked={audience === a} onChange={() => setAudience(a)} />
                {a === 'classSet' ? t('classSetFieldLabel') : t('groupFieldLabel')}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {audience === 'group' && (
        <SelectField
          label={t('groupFieldLabel')}
          value={groupId}
          options={[{ value: '', label: t('chooseGroupLabel') }, ...(choices?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))]}
          onChange={setGroupId}
        />
      )}
      {audience === 'classSet' && (
        <SelectField
          label={t('classSetFieldLabel')}
          value={classSetId}
          options={[{ value: '', label: t('chooseClassSetLabel') }, ...(choices?.classSets ?? []).map((c) => ({ value: c.id, label: c.name }))]}
          onChange={(id) => {
            setClassSetId(id);
            setPupilIds([]);
          }}
        />
      )}
      {audience === 'classSet' && pupils.length > 0 && (
        <fieldset className="choice-group">
          <legend>{t('chosenPupilsFieldLabel')}</legend>
          <div className="choice-grid">
            {pupils.map((p) => (
              <label key={p.id} className="choice">
                <input
                  type="checkbox"
                  checked={pupilIds.includes(p.id)}
                  onChange={(e) => setPupilIds(e.target.checked ? [...pupilIds, p.id] : pupilIds.filter((x) => x !== p.id))}
                />
                {fullName(p)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.opens}>{t('opensAtFieldLabel')}</label>
          <input id={ids.opens} type="datetime-local" value={opensAt} onChange={(e) => setOpensAt(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.due}>{t('dueAtFieldLabel')}</label>
          <input id={ids.due} type="datetime-local" value={dueAt} onChange={(e) => setDueAt(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.limit}>{t('timeLimitFieldLabel')}</label>
          <input id={ids.limit} inputMode="numeric" value={limit} onChange={(e) => setLimit(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.attempts}>{t('maxAttemptsFieldLabel')}</label>
          <input id={ids.attempts} inputMode="numeric" value={attempts} onChange={(e) => setAttempts(e.target.value)} />
        </div>
      </div>
      <SelectField
        label={t('countingFieldLabel')}
        value={counting}
        options={Object.values(AttemptCounting).map((c) => ({ value: c, label: t(COUNTING_LABEL_KEYS[c]) }))}
        onChange={(c) => setCounting(c as AttemptCounting)}
      />
      <WriteProblems
        error={save.error}
        fieldLabels={{
          classSetId: t('classSetFieldLabel'),
          dueAt: t('dueAtFieldLabel'),
          timeLimitMinutes: t('timeLimitFieldLabel'),
          maxAttempts: t('maxAttemptsFieldLabel'),
          pupilIds: t('chosenPupilsFieldLabel'),
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving || (audience === 'classSet' ? !classSetId : !groupId)}>
          {t('assignAction')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('cancelAction')}
        </button>
      </div>
    </form>
  );
}
