/**
 * A lesson's register, opened from Today or Attendance: what the lesson is, "All present",
 * the pupils with their statuses, the lesson's topic and note, and the conflicts waiting on
 * any of them. Everything is saved as it is changed; the header's indicator shows the
 * changes waiting to be sent. The heading takes the focus when the register opens.
 */
import { useEffect, useId, useRef } from 'react';
import { useDeviceId } from '@/client/attendance/useDeviceId';
import { useRegister } from '@/client/attendance/useRegister';
import type { Register } from '@/client/attendance/loadRegister';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { SignedInUser } from '@/client/stores/sessionStore';
import type { IsoDate } from '@/domain/dates';
import { EmptyState } from '@/ui/components/EmptyState';
import { LESSON_STATUS_LABEL_KEYS, MODE_LABEL_KEYS, subjectName } from './attendanceText';
import { ClassroomPanel } from './classroom/ClassroomPanel';
import { ConflictNotice } from './ConflictNotice';
import { KeyboardHelp } from './KeyboardHelp';
import { LessonDetailField } from './LessonDetailField';
import { RegisterList } from './RegisterList';
import { RegisterToolbar } from './RegisterToolbar';
import { useIsoDateFormat } from '@/ui/components/schoolDates';
import { useRegisterActions } from '@/client/attendance/useRegisterActions';
import './attendance.css';

export function RegisterView({ user, sessionId, date, backHref }: { user: SignedInUser; sessionId: string; date: IsoDate; backHref: string }) {
  const { t } = useTranslation(['attendance', 'common']);
  const register = useRegister({ schoolId: user.schoolId, sessionId, date });
  return (
    <div className="register-view">
      <a className="back-link" href={backHref}>
        <span aria-hidden="true">‹</span>
        {t('backToLessonsAction')}
      </a>
      {register === undefined ? (
        <p className="screen-loading">{t('common:loadingMessage')}</p>
      ) : register === null ? (
        <EmptyState title={t('registerNotFoundTitle')} message={t('registerNotFoundMessage')} />
      ) : (
        <LoadedRegister key={register.id} user={user} register={register} />
      )}
    </div>
  );
}

function LoadedRegister({ user, register }: { user: SignedInUser; register: Register }) {
  const { t } = useTranslation(['attendance']);
  const format = useIsoDateFormat();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const actions = useRegisterActions(register);
  const deviceId = useDeviceId(user.dbName);
  const isCancelled = register.session.status === 'cancelled';
  const title = [subjectName(register.subject?.names, currentLanguage()), register.audienceName].filter(Boolean).join(' · ');

  useEffect(() => {
    heading.current?.focus();
  }, [register.id]);

  return (
    <section aria-labelledby={headingId} data-session-id={register.id} data-lesson-status={register.session.status}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="register-title">
        {title}
      </h2>
      <p className="register-facts">
        {[
          format(register.date, { weekday: 'long', day: 'numeric', month: 'long' }),
          t('periodLabel', { period: register.session.period }),
          t(MODE_LABEL_KEYS[register.session.mode]),
          t(LESSON_STATUS_LABEL_KEYS[register.session.status]),
        ].join(' · ')}
      </p>
      {isCancelled && <p className="warning-message">{t('cancelledLessonMessage')}</p>}
      {actions.hasFailed && (
        <p className="field-error" role="alert">
          {t('notSavedMessage')}
        </p>
      )}
      {register.pupils.length === 0 ? (
        <EmptyState title={t('noPupilsTitle')} message={t('noPupilsMessage')} />
      ) : (
        <>
          <RegisterToolbar register={register} actions={actions} />
          <p className="hint">{t('registerHintMessage')}</p>
          <KeyboardHelp language={register.journalLanguage} />
          <RegisterList register={register} actions={actions} deviceId={deviceId} />
        </>
      )}
      {register.session.mode !== 'inClass' && !isCancelled && <ClassroomPanel user={user} register={register} />}
      <div className="lesson-details">
        <LessonDetailField detail="topic" value={register.session.topic ?? ''} actions={actions} isDisabled={isCancelled} />
        <LessonDetailField detail="note" value={register.session.note ?? ''} actions={actions} isDisabled={isCancelled} />
        {register.lessonConflicts.map((conflict) => (
          <ConflictNotice
            key={conflict.id}
            conflict={conflict}
            subject={conflict.field === 'topic' ? t('topicLabel') : t('lessonNoteLabel')}
            language={register.journalLanguage}
            actions={actions}
            deviceId={deviceId}
          />
        ))}
      </div>
    </section>
  );
}
