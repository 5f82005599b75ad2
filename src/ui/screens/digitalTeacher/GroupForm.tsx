/**
 * Forming a group: a name, the grade (8-11), the subject, the digital teacher, the
 * assistant and the pupils (those with a programme entry). A sixth pupil, mixed grades or a
 * pupil who did not choose the subject are refused in words, naming the pupils, as is a
 * lesson under an hour or in lesson time (the two weekly lessons, suggested on Tuesday and
 * Thursday after lessons); a group of two is stored but shown not ready. The head approves it on the group's page.
 */
import { useId, useState, type FormEvent } from 'react';
import { useDigitalTeacherCommands, type Programme } from '@/client/digitalTeacher/useDigitalTeacher';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import type { ProgrammeSlot } from '@/domain/digitalTeacher/groupSchedule';
import { DIGITAL_TEACHER_GROUP } from '@/domain/entities/group';
import { TextLimit } from '@/domain/entities/fields';
import { fullName } from '@/domain/person';
import { SelectField } from '@/ui/components/form/SelectField';
import { useScreenParams } from '@/ui/navigation/useScreenParams';
import { subjectName } from '@/ui/screens/attendance/attendanceText';
import { ProgrammeProblems } from './ProgrammeProblems';
import { ScheduleFields, SUGGESTED_SCHEDULE } from './ScheduleFields';

const GRADES = Array.from(
  { length: DIGITAL_TEACHER_GROUP.maxGrade - DIGITAL_TEACHER_GROUP.minGrade + 1 },
  (_, i) => DIGITAL_TEACHER_GROUP.minGrade + i,
);

/** Forms a new group, or with `existing` changes that group (its pupils, teacher, assistant). */
export function GroupForm({ programme, existing }: { programme: Programme; existing?: Programme['groups'][number]['group'] | undefined }) {
  const { t } = useTranslation(['digitalTeacher', 'common']);
  const headingId = useId();
  const nameId = useId();
  const language = currentLanguage();
  const params = useScreenParams();
  const commands = useDigitalTeacherCommands();
  const save = useSaveAction();
  const [grade, setGrade] = useState(String(existing?.grade ?? DIGITAL_TEACHER_GROUP.minGrade));
  const [subjectId, setSubjectId] = useState<string>(existing?.subjectId ?? programme.subjects[0]?.id ?? '');
  const [teacherId, setTeacherId] = useState<string>(existing?.teacherId ?? programme.teachers[0]?.id ?? '');
  const [assistantId, setAssistantId] = useState<string>(existing?.assistantId ?? '');
  const [pupilIds, setPupilIds] = useState<string[]>([...(existing?.pupilIds ?? [])]);
  const [name, setName] = useState(existing?.name ?? '');
  const [schedule, setSchedule] = useState<ProgrammeSlot[]>([...(existing?.schedule ?? SUGGESTED_SCHEDULE)]);
  const [savedId, setSavedId] = useState<string>();
  const subject = programme.subjects.find((s) => s.id === subjectId);
  const defaultName = subject ? `${subjectName(subject.names, language)} ${grade}` : '';
  const candidates = programme.pupils.filter((p) => p.record !== undefined);
  const nameOf = (id: string) => {
    const p = programme.pupils.find((r) => r.pupil.id === id);
    return p ? fullName(p.pupil) : '';
  };
  const subjectsOf = (ids: readonly string[]) =>
    ids
      .map((id) => programme.subjects.find((s) => s.id === id))
      .flatMap((s) => (s ? [subjectName(s.names, language)] : []))
      .join(', ');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSavedId(undefined);
    let id = '';
    const isDone = await save.run(async () => {
      id = await commands.saveGroup(
        {
          name: name.trim() || defaultName,
          grade: Number(grade),
          subjectId,
          pupilIds,
          teacherId,
          assistantId: assistantId || undefined,
          academicYearId: existing?.academicYearId,
          schedule,
        },
        existing?.id,
      );
    });
    if (isDone && !existing) {
      setSavedId(id);
      setPupilIds([]);
      setName('');
    }
  };

  return (
    <form className="panel setup-form" aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={headingId}>{existing ? t('changeGroupTitle') : t('formGroupTitle')}</h3>
      {existing?.approvedById !== undefined && <p className="field-hint">{t('changeWithdrawsApprovalMessage')}</p>}
      <div className="field">
        <label htmlFor={nameId}>{t('groupNameLabel')}</label>
        <input id={nameId} value={name} placeholder={defaultName} maxLength={TextLimit.title} onChange={(e) => setName(e.target.value)} />
      </div>
      <SelectField
        label={t('gradeLabel')}
        value={grade}
        options={GRADES.map((g) => ({ value: String(g), label: t('common:gradeOptionLabel', { grade: g }) }))}
        onChange={setGrade}
      />
      <SelectField
        label={t('subjectColumnLabel')}
        value={subjectId}
        options={programme.subjects.map((s) => ({ value: s.id, label: subjectName(s.names, language) }))}
        onChange={setSubjectId}
      />
      <SelectField
        label={t('digitalTeacherLabel')}
        value={teacherId}
        options={programme.teachers.map((s) => ({ value: s.id, label: fullName(s) }))}
        onChange={setTeacherId}
      />
      <SelectField
        label={t('assistantColumnLabel')}
        value={assistantId}
        options={[{ value: '', label: t('noneLabel') }, ...programme.staff.map((s) => ({ value: s.id, label: fullName(s) }))]}
        onChange={setAssistantId}
      />
      <ScheduleFields slots={schedule} onChange={setSchedule} />
      <fieldset className="choice-group">
        <legend>{t('groupPupilsLabel')}</legend>
        {candidates.length === 0 && <p>{t('noEntriesMessage')}</p>}
        <div className="choice-grid">
          {candidates.map((p) => (
            <label key={p.pupil.id} className="choice">
              <input
                type="checkbox"
                checked={pupilIds.includes(p.pupil.id)}
                onChange={(e) => setPupilIds(e.target.checked ? [...pupilIds, p.pupil.id] : pupilIds.filter((id) => id !== p.pupil.id))}
              />
              {t('candidateLabel', { name: fullName(p.pupil), grade: p.pupil.grade, subjects: subjectsOf(p.record?.subjectIds ?? []) })}
            </label>
          ))}
        </div>
      </fieldset>
      <ProgrammeProblems error={save.error} nameOf={nameOf} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving}>
          {t('saveGroupAction')}
        </button>
        <span className="field-status" role="status">
          {savedId && existing ? (
            t('groupSavedMessage')
          ) : savedId ? (
            <>
              {t('groupSavedMessage')} <a href={params.href({ group: savedId, view: undefined })}>{t('openGroupAction')}</a>
            </>
          ) : (
            ''
          )}
        </span>
      </div>
    </form>
  );
}
