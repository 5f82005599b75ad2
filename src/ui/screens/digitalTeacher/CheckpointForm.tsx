/** Recording a checkpoint score (start, interim or end) of a pupil of the group, in its subject. */
import { useId, useState, type FormEvent } from 'react';
import { useDigitalTeacherCommands, type GroupPage } from '@/client/digitalTeacher/useDigitalTeacher';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import type { IsoDate } from '@/domain/dates';
import { CheckpointKind } from '@/domain/entities/welfareRecord';
import { fullName } from '@/domain/person';
import { DateField } from '@/ui/components/DateField';
import { SelectField } from '@/ui/components/form/SelectField';
import { ProgrammeProblems } from './ProgrammeProblems';
import { CHECKPOINT_KEYS } from './programmeText';

export function CheckpointForm({ page, today }: { page: GroupPage; today: string }) {
  const { t } = useTranslation(['digitalTeacher', 'common']);
  const headingId = useId();
  const scoreId = useId();
  const maxId = useId();
  const commands = useDigitalTeacherCommands();
  const save = useSaveAction();
  const [pupilId, setPupilId] = useState(page.pupils[0]?.pupil.id ?? '');
  const [kind, setKind] = useState<CheckpointKind>(CheckpointKind.start);
  const [date, setDate] = useState<IsoDate>(today as IsoDate);
  const [score, setScore] = useState('');
  const [maxScore, setMaxScore] = useState('20');
  const nameOf = (id: string) => {
    const p = page.pupils.find((r) => r.pupil.id === id);
    return p ? fullName(p.pupil) : '';
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const isDone = await save.run(() =>
      commands.recordCheckpoint(pupilId, {
        subjectId: page.group.subjectId ?? '',
        kind,
        date,
        score: Number(score.replace(',', '.')),
        maxScore: Number(maxScore.replace(',', '.')),
      }),
    );
    if (isDone) setScore('');
  };
  return (
    <form className="panel setup-form" aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={headingId}>{t('checkpointTitle')}</h3>
      <p className="field-hint">{t('checkpointHintMessage')}</p>
      <SelectField
        label={t('pupilColumnLabel')}
        value={pupilId}
        options={page.pupils.map((p) => ({ value: p.pupil.id, label: fullName(p.pupil) }))}
        onChange={setPupilId}
      />
      <SelectField
        label={t('checkpointKindLabel')}
        value={kind}
        options={Object.values(CheckpointKind).map((k) => ({ value: k, label: t(CHECKPOINT_KEYS[k]) }))}
        onChange={(v) => setKind(v as CheckpointKind)}
      />
      <DateField label={t('checkpointDateLabel')} value={date} onChange={setDate} />
      <div className="field">
        <label htmlFor={scoreId}>{t('scoreLabel')}</label>
        <input id={scoreId} inputMode="decimal" value={score} onChange={(e) => setScore(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={maxId}>{t('maxScoreLabel')}</label>
        <input id={maxId} inputMode="decimal" value={maxScore} onChange={(e) => setMaxScore(e.target.value)} />
      </div>
      <ProgrammeProblems error={save.error} nameOf={nameOf} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving || score.trim() === ''}>
          {t('saveCheckpointAction')}
        </button>
        <span className="field-status" role="status">
          {save.state.status === 'saved' ? t('checkpointSavedMessage') : ''}
        </span>
      </div>
    </form>
  );
}
