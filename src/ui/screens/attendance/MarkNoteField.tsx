/**
 * A pupil's optional note on their mark ("came with a note from home"): a button showing
 * the note (or offering one) that opens a field. Saved when the field is left or Enter is
 * pressed; Escape leaves it as it was. An empty note clears it.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { RegisterPupil } from '@/client/attendance/loadRegister';
import { useTranslation } from '@/client/i18n/useTranslation';
import { TextLimit } from '@/domain/entities/fields';
import { useUnsavedInput } from '@/ui/components/useUnsavedInput';
import type { RegisterActions } from '@/client/attendance/useRegisterActions';

export function MarkNoteField({
  pupil,
  pupilName,
  actions,
  isDisabled,
}: {
  pupil: RegisterPupil;
  pupilName: string;
  actions: RegisterActions;
  isDisabled: boolean;
}) {
  const { t } = useTranslation('attendance');
  const note = pupil.mark?.note ?? '';
  const [isOpen, setOpen] = useState(false);
  const [draft, setDraft] = useState(note);
  const button = useRef<HTMLButtonElement>(null);
  const shouldRefocus = useRef(false);
  const isDirty = isOpen && draft.trim() !== note;

  useEffect(() => {
    if (!isOpen && shouldRefocus.current) {
      shouldRefocus.current = false;
      button.current?.focus();
    }
  }, [isOpen]);

  const save = async () => {
    if (draft.trim() !== note) await actions.setNote(pupil, draft);
  };
  useUnsavedInput(isDirty, save);

  const close = (refocus: boolean) => {
    shouldRefocus.current = refocus;
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
      close(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(note);
      close(true);
    }
  };

  if (!isOpen) {
    return (
      <button
        ref={button}
        type="button"
        className={`note-button${note ? ' has-note' : ''}`}
        disabled={isDisabled}
        onClick={() => {
          setDraft(note);
          setOpen(true);
        }}
      >
        {note || t('addNoteAction')}
        <span className="visually-hidden"> {t('noteOfPupilLabel', { name: pupilName })}</span>
      </button>
    );
  }
  return (
    <input
      className="inline-input note-input"
      aria-label={t('noteOfPupilLabel', { name: pupilName })}
      value={draft}
      maxLength={TextLimit.line}
      autoFocus
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => {
        void save();
        close(false);
      }}
      onKeyDown={onKeyDown}
    />
  );
}
