/**
 * A group's lessons: recording one (date, lesson number, topic, each pupil's attendance) in
 * one save, and the lessons held with who was there. The lesson is a lesson of the group in
 * the school's registers too, so the journal and the pupils' attendance count it.
 */
import { useId, useState, type FormEvent } from 'react';
import { useDigitalTeacherCommands, type GroupPage } from '@/client/digitalTeacher/useDigitalTeacher';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import type { AttendanceStatus } from '@/domain/attendance';
import type { IsoDate } from '@/domain/dates';
import { weekPace } from '@/domain/digitalTeacher/weeklyLessons';
import { TextLimit } from '@/domain/entities/fields';
import { fullName } from '@/domain/person';
import { DateField } from '@/ui/components/DateField';
import { SelectField } from '@/ui/components/form/SelectField';
import { TableFrame } from '@/ui/components/TableFrame';
import { useIsoDateFormat } from '@/ui/components/schoolDates';
import { ProgrammeProblems } from './ProgrammeProblems';
import { LESSON_STATUSES, STATUS_KEYS } from './programmeText';

/** Programme lessons are after school hours: the first lesson number after a full day. */
const FIRST_PERIOD_AFTER_SCHOOL = 8;

export function GroupLessons({ page, today }: { page: GroupPage; today: string }) {
  const { t } = useTranslation(['digitalTeacher', 'common']);
  const headingId = useId();
  const periodId = useId();
  const topicId = useId();
  const formatDate = useIsoDateFormat();
  const commands = useDigitalTeacherCommands();
  const save = useSaveAction();
  const [date, setDate] = useState<IsoDate>(today as IsoDate);
  const [period, setPeriod] = useState(String(FIRST_PERIOD_AFTER_SCHOOL));
  const [topic, setTopic] = useState('');
  const [statuses, setStatuses] = useState<Readonly<Record<string, AttendanceStatus>>>({});
  const pace = weekPace(
    page.lessons.map((l) => l.session.date),
    today as IsoDate,
  );
  const statusOf = (pupilId: string): AttendanceStatus => statuses[pupilId] ?? 'present';
  const nameOf = (id: string) => {
    const p = page.pupils.find((r) => r.pupil.id === id);
    return p ? fullName(p.pupil) : '';
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const attendance = page.pupils.map((p) => ({ pupilId: p.pupil.id as string, status: statusOf(p.pupil.id) }));
    const isDone = await save.run(() => commands.recordGroupLesson(page.group.id, { date, period: Number(period), topic }, attendance));
    if (isDone) {
      setTopic('');
      setStatuses({});
    }
  };
  return (
    <>
      <form className="panel setup-form" aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
        <h3 id={headingId}>{t('lessonTitle')}</h3>
        <p className="field-hint">{t('lessonHintMessage')}</p>
        <DateField label={t('lessonDateLabel')} value={date} onChange={setDate} />
        <div className="field">
          <label htmlFor={periodId}>{t('periodLabel')}</label>
          <input id={periodId} type="number" min={0} max={12} value={period} onChange={(e) => setPeriod(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={topicId}>{t('lessonTopicLabel')}</label>
          <input id={topicId} value={topic} maxLength={TextLimit.title} onChange={(e) => setTopic(e.target.value)} />
        </div>
        <fieldset className="choice-group">
          <legend>{t('attendanceLabel')}</legend>
          {page.pupils.map((p) => (
            <SelectField
              key={p.pupil.id}
              label={fullName(p.pupil)}
              value={statusOf(p.pupil.id)}
              options={LESSON_STATUSES.map((s) => ({ value: s, label: t(STATUS_KEYS[s]) }))}
              onChange={(v) => setStatuses({ ...statuses, [p.pupil.id]: v as AttendanceStatus })}
            />
          ))}
        </fieldset>
        <ProgrammeProblems error={save.error} nameOf={nameOf} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isSaving}>
            {t('saveLessonAction')}
          </button>
          <span className="field-status" role="status">
            {save.state.status === 'saved' ? t('lessonSavedMessage') : ''}
          </span>
        </div>
      </form>
      <h3>{t('lessonsTitle')}</h3>
      <p>{t('weekPaceMessage', { held: pace.held, required: pace.required })}</p>
      {page.lessons.length === 0 ? (
        <p>{t('noLessonsMessage')}</p>
      ) : (
        <TableFrame label={t('lessonsTitle')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('lessonDateLabel')}</th>
                <th scope="col">{t('lessonTopicLabel')}</th>
                {page.pupils.map((p) => (
                  <th key={p.pupil.id} scope="col">
                    {fullName(p.pupil)}
                  </th>
                ))}
                <th scope="col">{t('presentCountLabel')}</th>
              </tr>
            </thead>
            <tbody>
              {page.lessons.map((l) => (
                <tr key={l.session.id}>
                  <th scope="row">{t('lessonWhenLabel', { date: formatDate(l.session.date), period: l.session.period })}</th>
                  <td>{l.session.topic ?? ''}</td>
                  {page.pupils.map((p) => {
                    const status = l.marks.get(p.pupil.id);
                    return <td key={p.pupil.id}>{status && status in STATUS_KEYS ? t(STATUS_KEYS[status as keyof typeof STATUS_KEYS]) : ''}</td>;
                  })}
                  <td>{t('presentOfLabel', { present: l.present, total: page.pupils.length })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </>
  );
}
