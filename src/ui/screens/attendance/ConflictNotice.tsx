/**
 * A value that lost a concurrent edit, shown where it belongs (on the pupil's mark, or on
 * the lesson's topic or note): what the other laptop (or this one) had set, with Restore
 * (write it again, so it wins everywhere) and Dismiss (keep the value that stands).
 */
import type { ConflictRow } from '@/client/attendance/loadRegister';
import { useTranslation } from '@/client/i18n/useTranslation';
import { ATTENDANCE_STATUSES, journalCode, type AttendanceStatus, type JournalLanguage } from '@/domain/attendance';
import { ATTENDANCE_STATUS_LABEL_KEYS } from './attendanceText';
import type { RegisterActions } from '@/client/attendance/useRegisterActions';

const isStatus = (value: unknown): value is AttendanceStatus => (ATTENDANCE_STATUSES as readonly unknown[]).includes(value);

interface ConflictNoticeProps {
  conflict: ConflictRow;
  /** Whose value it is (a pupil's name, or the lesson's field), for the buttons' names. */
  subject: string;
  language: JournalLanguage;
  actions: RegisterActions;
  deviceId: string | undefined;
}

export function ConflictNotice({ conflict, subject, language, actions, deviceId }: ConflictNoticeProps) {
  const { t } = useTranslation(['attendance']);
  const lost = conflict.losingValue;
  const isHere = deviceId !== undefined && conflict.losingDeviceId === deviceId;
  const value =
    conflict.field === 'status' && isStatus(lost)
      ? `${t(ATTENDANCE_STATUS_LABEL_KEYS[lost])}${journalCode(lost, language) ? ` (${journalCode(lost, language)})` : ''}`
      : typeof lost === 'string' && lost !== ''
        ? lost
        : t('emptyValueLabel');
  const message = isHere ? t('conflictThisLaptopMessage', { value }) : t('conflictOtherLaptopMessage', { value });
  return (
    <div className="conflict-notice" data-conflict-id={conflict.id} data-field={conflict.field}>
      <p className="conflict-message">
        <span className="conflict-mark" aria-hidden="true">
          ⚠{' '}
        </span>
        {message}
      </p>
      <div className="conflict-actions">
        <button type="button" className="button" onClick={() => void actions.restore(conflict)}>
          {t('restoreAction')}
          <span className="visually-hidden"> {t('restoreConflictLabel', { value, name: subject })}</span>
        </button>
        <button type="button" className="button button-quiet" onClick={() => void actions.dismiss(conflict)}>
          {t('dismissAction')}
          <span className="visually-hidden"> {t('dismissConflictLabel', { name: subject })}</span>
        </button>
      </div>
    </div>
  );
}
