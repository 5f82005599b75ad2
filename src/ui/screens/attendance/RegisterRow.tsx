/**
 * One pupil in the register: number and full name, a status button per status (large
 * touch targets, the journal letter of the class's language on each, the current one
 * pressed), the pupil's note, and any conflict on their mark.
 */
import { useId } from 'react';
import type { RegisterPupil } from '@/client/attendance/loadRegister';
import { STATUS_DIGITS } from '@/client/attendance/statusForKey';
import { useTranslation } from '@/client/i18n/useTranslation';
import { ATTENDANCE_STATUSES, AttendanceStatus, journalCode, type JournalLanguage } from '@/domain/attendance';
import { fullName } from '@/domain/person';
import { STATUS_SHORT_LABEL_KEYS } from './attendanceText';
import { ConflictNotice } from './ConflictNotice';
import { MarkNoteField } from './MarkNoteField';
import type { RegisterActions } from '@/client/attendance/useRegisterActions';

interface RegisterRowProps {
  pupil: RegisterPupil;
  number: number;
  rowIndex: number;
  /** The status column holding the list's keyboard stop, when it is in this row. */
  activeCol: number | undefined;
  language: JournalLanguage;
  actions: RegisterActions;
  deviceId: string | undefined;
  isDisabled: boolean;
  buttonRef: (col: number, element: HTMLButtonElement | null) => void;
  onFocusCell: (col: number) => void;
}

export function RegisterRow({
  pupil,
  number,
  rowIndex,
  activeCol,
  language,
  actions,
  deviceId,
  isDisabled,
  buttonRef,
  onFocusCell,
}: RegisterRowProps) {
  const { t } = useTranslation(['attendance']);
  const nameId = useId();
  const name = fullName(pupil.person);
  const current = pupil.mark?.status ?? AttendanceStatus.present;
  return (
    <li className="register-row" data-pupil-id={pupil.pupilId} data-status={current} data-stored={pupil.mark !== undefined}>
      <span className="register-number" aria-hidden="true">
        {number}.
      </span>
      <span className="register-name" id={nameId}>
        {name}
      </span>
      <div className="status-buttons" role="group" aria-labelledby={nameId}>
        {ATTENDANCE_STATUSES.map((status, col) => (
          <button
            key={status}
            ref={(element) => buttonRef(col, element)}
            type="button"
            className={`status-button status-${status}`}
            aria-pressed={current === status}
            aria-keyshortcuts={STATUS_DIGITS[status]}
            tabIndex={activeCol === col ? 0 : -1}
            disabled={isDisabled}
            data-row={rowIndex}
            data-col={col}
            onFocus={() => onFocusCell(col)}
            onClick={() => void actions.setStatus(pupil, status)}
          >
            <span className="status-code" aria-hidden="true">
              {status === AttendanceStatus.present ? '✓' : journalCode(status, language)}
            </span>
            <span className="status-word">{t(STATUS_SHORT_LABEL_KEYS[status])}</span>
          </button>
        ))}
      </div>
      <MarkNoteField pupil={pupil} pupilName={name} actions={actions} isDisabled={isDisabled} />
      {pupil.conflicts.map((conflict) => (
        <ConflictNotice key={conflict.id} conflict={conflict} subject={name} language={language} actions={actions} deviceId={deviceId} />
      ))}
    </li>
  );
}
