/**
 * One lesson of the chosen day with its one-off changes: a substitute teacher (saved as
 * soon as it is chosen), cancelling it or putting it back, and removing an extra lesson.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { LessonStatus } from '@/domain/entities/lessonSession';
import type { DaySession } from '@/domain/timetable/sessionsOfDay';
import { SelectField } from '@/ui/components/form/SelectField';
import { MODE_KEYS, STATUS_KEYS } from './timetableLabels';
import type { SetupNames } from './useSetupNames';
import { useSetupCommands } from '@/client/setup/setupCommands';

export function DayLessonRow({
  lesson,
  names,
  run,
  isSaving,
}: {
  lesson: DaySession;
  names: SetupNames;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  isSaving: boolean;
}) {
  const { t } = useTranslation('timetable');
  const { session } = lesson;
  const setup = useSetupCommands();
  const subject = names.subjectName(session.subjectId);
  const isCancelled = session.status === LessonStatus.cancelled;
  const isExtra = session.slotId === undefined;
  const what = `${t('periodValueLabel', { period: session.period })}, ${subject}`;
  const substitutes = [...names.teacherOptions, ...names.assistantOptions].filter(
    (o, i, all) => o.value !== session.teacherId && all.findIndex((x) => x.value === o.value) === i,
  );
  return (
    <tr data-session-id={lesson.id} data-status={session.status}>
      <th scope="row" className="numeric">
        {session.period}
      </th>
      <td>
        {subject}
        {isExtra && <span className="hint"> {t('extraLessonLabel')}</span>}
      </td>
      <td>
        {names.staffName(session.teacherId)}
        <span className="hint"> · {t(MODE_KEYS[session.mode])}</span>
      </td>
      <td>
        <span className={`status-tag status-tag-${session.status}`}>{t(STATUS_KEYS[session.status])}</span>
      </td>
      <td>
        <div className="row-actions">
          <SelectField
            label={t('substituteFieldLabel')}
            hiddenLabel={what}
            value={session.substituteTeacherId ?? ''}
            options={[{ value: '', label: t('noSubstituteOptionLabel') }, ...substitutes]}
            onChange={(value) => void run(() => setup.setSubstitute(lesson, value === '' ? null : value))}
          />
          <button
            type="button"
            className="button button-quiet"
            disabled={isSaving}
            onClick={() => void run(() => setup.setCancelled(lesson, !isCancelled))}
          >
            {isCancelled ? t('restoreLessonAction') : t('cancelLessonAction')}
            <span className="visually-hidden"> {what}</span>
          </button>
          {isExtra && (
            <button type="button" className="button button-quiet" disabled={isSaving} onClick={() => void run(() => setup.removeExtraLesson(lesson))}>
              {t('removeExtraLessonAction')}
              <span className="visually-hidden"> {what}</span>
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
