/**
 * The lesson's topic or its short note, as written in the journal. No save button: written
 * to the laptop when the field is left or Enter is pressed, and the status beside it says
 * so; Escape puts the saved text back. A value arriving from another laptop replaces the
 * field's text only while no one is typing in it.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { LessonDetail } from '@/client/attendance/markAttendance';
import { useTranslation } from '@/client/i18n/useTranslation';
import { TextLimit } from '@/domain/entities/fields';
import { useUnsavedInput } from '@/ui/components/useUnsavedInput';
import type { RegisterActions } from '@/client/attendance/useRegisterActions';
import { useSaveAction } from '@/client/workspace/useSaveAction';

const LABEL_KEYS = { topic: 'topicLabel', note: 'lessonNoteLabel' } as const satisfies Record<LessonDetail, string>;

export function LessonDetailField({
  detail,
  value,
  actions,
  isDisabled,
}: {
  detail: LessonDetail;
  value: string;
  actions: RegisterActions;
  isDisabled: boolean;
}) {
  const { t } = useTranslation('attendance');
  const [draft, setDraft] = useState(value);
  const saving = useSaveAction();
  const isEditing = useRef(false);
  const fieldId = useId();
  const statusId = useId();
  const isDirty = draft.trim() !== value;

  useEffect(() => {
    if (!isEditing.current) setDraft(value);
  }, [value]);

  const save = async () => {
    if (draft.trim() === value) return;
    await saving.run(async () => {
      if (!(await actions.setDetail(detail, draft))) throw new Error('The lesson detail was not stored');
    });
  };
  useUnsavedInput(isDirty, save);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      setDraft(value);
      saving.reset();
    }
  };

  return (
    <div className="lesson-detail">
      <label htmlFor={fieldId}>{t(LABEL_KEYS[detail])}</label>
      <input
        id={fieldId}
        className="inline-input"
        value={draft}
        maxLength={detail === 'topic' ? TextLimit.title : TextLimit.line}
        disabled={isDisabled}
        aria-describedby={statusId}
        onFocus={() => (isEditing.current = true)}
        onChange={(event) => {
          setDraft(event.target.value);
          saving.reset();
        }}
        onBlur={() => {
          isEditing.current = false;
          void save();
        }}
        onKeyDown={onKeyDown}
      />
      <span id={statusId} className={saving.state.status === 'failed' ? 'field-error' : 'field-status'} role="status">
        {saving.state.status === 'saved' ? t('savedMessage') : saving.state.status === 'failed' ? t('notSavedMessage') : ''}
      </span>
    </div>
  );
}
