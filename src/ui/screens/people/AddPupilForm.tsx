/**
 * The head adds one pupil by hand: names, grade, class set (one that teaches the grade),
 * optionally the date of birth, and the first day in the class set (default today).
 * Refusals (a missing name, a grade the class set does not teach, a pupil the school has
 * already) are shown under the form in the head's language; nothing is stored then.
 */
import { useId, useState, type FormEvent } from 'react';
import type { ClassSetRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import { schoolToday } from '@/client/setup/schoolToday';
import { DateField } from '@/ui/components/DateField';
import { SelectField } from '@/ui/components/form/SelectField';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { NameFields, type NameValues } from './NameFields';
import { useSetupCommands } from '@/client/setup/setupCommands';

const EMPTY_NAMES: NameValues = { surname: '', name: '', patronymic: '' };

export function AddPupilForm({ classSets }: { classSets: readonly ClassSetRow[] }) {
  const { t } = useTranslation('people');
  const headingId = useId();
  const current = classSets.filter((s) => s.status === 'active').sort((a, b) => a.name.localeCompare(b.name, 'kk', { numeric: true }));
  const [names, setNames] = useState<NameValues>(EMPTY_NAMES);
  const [classSetId, setClassSetId] = useState(current[0]?.id ?? '');
  const classSet = current.find((s) => s.id === classSetId) ?? current[0];
  const [chosenGrade, setGrade] = useState<number | undefined>(undefined);
  const grade = chosenGrade !== undefined && classSet?.grades.includes(chosenGrade) ? chosenGrade : classSet?.grades[0];
  const [birthDate, setBirthDate] = useState('');
  const [enrolledFrom, setEnrolledFrom] = useState(schoolToday());
  const [added, setAdded] = useState('');
  const save = useSaveAction();
  const setup = useSetupCommands();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!classSet || grade === undefined) return;
    const input = { ...names, grade, classSetId: classSet.id, birthDate: birthDate || undefined };
    const isDone = await save.run(() => setup.addPupil(input, enrolledFrom));
    if (isDone) {
      setAdded(`${names.surname.trim()} ${names.name.trim()}`);
      setNames(EMPTY_NAMES);
      setBirthDate('');
    }
  };

  if (current.length === 0) return <p className="hint">{t('noClassSetsForPupilsMessage')}</p>;
  return (
    <form className="panel setup-form" aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={headingId}>{t('addPupilTitle')}</h3>
      <NameFields value={names} onChange={setNames} />
      <div className="field-row">
        <SelectField
          label={t('classSetColumnLabel')}
          value={classSet?.id ?? ''}
          options={current.map((s) => ({ value: s.id, label: s.name }))}
          onChange={setClassSetId}
        />
        <SelectField
          label={t('gradeColumnLabel')}
          value={String(grade ?? '')}
          options={(classSet?.grades ?? []).map((g) => ({ value: String(g), label: t('gradeValueLabel', { grade: g }) }))}
          onChange={(value) => setGrade(Number(value))}
        />
      </div>
      <div className="field-row">
        <DateField label={t('birthDateOptionalFieldLabel')} value={birthDate} onChange={setBirthDate} isRequired={false} />
        <DateField label={t('enrolledFromFieldLabel')} value={enrolledFrom} onChange={setEnrolledFrom} />
      </div>
      <WriteProblems
        error={save.error}
        fieldLabels={{
          surname: t('surnameColumnLabel'),
          name: t('nameColumnLabel'),
          patronymic: t('patronymicColumnLabel'),
          birthDate: t('birthDateColumnLabel'),
          from: t('enrolledFromFieldLabel'),
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving}>
          {t('addPupilAction')}
        </button>
        <span className="field-status" role="status">
          {save.state.status === 'saved' ? t('pupilAddedMessage', { name: added }) : ''}
        </span>
      </div>
    </form>
  );
}
