/**
 * The register's pupils, under a heading per grade in a combined class, operated by touch
 * or by keyboard alone. The status buttons of all rows form one keyboard stop (a roving
 * tabindex), so Tab goes past the list in one step, and inside it:
 *
 * - a journal letter (Ж Д А К or н п б о) or a digit 1-5 sets the focused pupil's status
 *   and moves to the next pupil, so a class is marked with one key per absent pupil plus
 *   ↓ over those present;
 * - ↑ ↓ move between pupils, ← → between a pupil's statuses, Home / End to the first and
 *   last pupil; Enter or Space presses the focused status.
 *
 * Keys typed in a pupil's note field are left alone.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { statusForKey } from '@/client/attendance/statusForKey';
import type { Register, RegisterPupil } from '@/client/attendance/loadRegister';
import { useTranslation } from '@/client/i18n/useTranslation';
import { ATTENDANCE_STATUSES, AttendanceStatus } from '@/domain/attendance';
import { RegisterRow } from './RegisterRow';
import type { RegisterActions } from '@/client/attendance/useRegisterActions';

interface Cell {
  readonly row: number;
  readonly col: number;
}

const statusColumn = (pupil: RegisterPupil | undefined) => ATTENDANCE_STATUSES.indexOf(pupil?.mark?.status ?? AttendanceStatus.present);

export function RegisterList({ register, actions, deviceId }: { register: Register; actions: RegisterActions; deviceId: string | undefined }) {
  const { t } = useTranslation('attendance');
  const pupils = register.pupils;
  const [focus, setFocus] = useState<Cell>({ row: 0, col: statusColumn(pupils[0]) });
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const row = Math.min(focus.row, Math.max(0, pupils.length - 1));
  const active: Cell = { row, col: focus.col };

  const focusCell = (cell: Cell) => {
    setFocus(cell);
    buttons.current.get(`${cell.row}:${cell.col}`)?.focus();
  };
  const focusRow = (target: number, col?: number) => {
    const next = Math.max(0, Math.min(pupils.length - 1, target));
    focusCell({ row: next, col: col ?? statusColumn(pupils[next]) });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.dataset.row === undefined || target.dataset.col === undefined) return;
    const at: Cell = { row: Number(target.dataset.row), col: Number(target.dataset.col) };
    const status = statusForKey(event);
    if (status !== undefined) {
      event.preventDefault();
      const pupil = pupils[at.row];
      if (!pupil) return;
      void actions.setStatus(pupil, status);
      if (at.row < pupils.length - 1) focusRow(at.row + 1);
      else focusCell({ row: at.row, col: ATTENDANCE_STATUSES.indexOf(status) });
      return;
    }
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusRow(at.row + 1),
      ArrowUp: () => focusRow(at.row - 1),
      ArrowRight: () => focusCell({ row: at.row, col: Math.min(ATTENDANCE_STATUSES.length - 1, at.col + 1) }),
      ArrowLeft: () => focusCell({ row: at.row, col: Math.max(0, at.col - 1) }),
      Home: () => focusRow(0),
      End: () => focusRow(pupils.length - 1),
    };
    const move = moves[event.key];
    if (move && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      move();
    }
  };

  let number = 0;
  const showGrades = register.grades.length > 1;
  return (
    <div className="register" onKeyDown={onKeyDown}>
      {register.grades.map((block) => (
        <section key={block.grade} className="register-grade">
          {showGrades && <h3 className="register-grade-title">{t('gradeTitle', { grade: block.grade })}</h3>}
          <ol className="register-rows" start={number + 1}>
            {block.members.map((pupil) => {
              const index = number++;
              return (
                <RegisterRow
                  key={pupil.pupilId}
                  pupil={pupil}
                  number={index + 1}
                  rowIndex={index}
                  activeCol={index === active.row ? active.col : undefined}
                  language={register.journalLanguage}
                  actions={actions}
                  deviceId={deviceId}
                  isDisabled={register.session.status === 'cancelled'}
                  buttonRef={(col, element) => {
                    const key = `${index}:${col}`;
                    if (element) buttons.current.set(key, element);
                    else buttons.current.delete(key);
                  }}
                  onFocusCell={(col) => setFocus({ row: index, col })}
                />
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
