/**
 * The head renames a class set in place. No save button: the name is written to the
 * laptop (one outbox entry) when the field is left or Enter is pressed, and the status
 * beside it says so; Escape puts the saved name back. While the field holds a name not
 * yet written, an app update waits for it. A name arriving from another laptop replaces
 * the field's text only while the head is not typing in it.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSetupCommands } from '@/client/setup/setupCommands';
import { TextLimit } from '@/domain/entities/fields';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { useUnsavedInput } from '@/ui/components/useUnsavedInput';
import type { ClassSetOverview } from '@/client/setup/readClassSetOverview';

/** Why an empty name is not saved (the field keeps it for the head to correct). */
const NAME_REQUIRED = new Error('A class set needs a name');

export function ClassSetNameField({ classSet }: { classSet: ClassSetOverview }) {
  const { t } = useTranslation('schoolSetup');
  const [draft, setDraft] = useState(classSet.name);
  const saving = useSaveAction();
  const setup = useSetupCommands();
  const isEditing = useRef(false);
  const statusId = useId();
  const isDirty = draft.trim() !== classSet.name;

  useEffect(() => {
    if (!isEditing.current) setDraft(classSet.name);
  }, [classSet.name]);

  const save = async () => {
    const name = draft.trim();
    if (name === classSet.name) return;
    await saving.run(async () => {
      if (name === '') throw NAME_REQUIRED;
      await setup.renameClassSet(classSet.id, name);
    });
  };
  useUnsavedInput(isDirty && draft.trim() !== '', save);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      setDraft(classSet.name);
      saving.reset();
    }
  };

  const { status } = saving.state;
  const message =
    status === 'saved'
      ? t('nameSavedMessage')
      : status === 'failed'
        ? t(saving.error === NAME_REQUIRED ? 'nameRequiredMessage' : 'nameNotSavedMessage')
        : '';
  return (
    <div className="inline-field">
      <input
        className="inline-input"
        value={draft}
        maxLength={TextLimit.title}
        aria-label={t('classSetNameLabel', { name: classSet.name })}
        aria-invalid={saving.error === NAME_REQUIRED}
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
      <span id={statusId} className={status === 'failed' ? 'field-error' : 'field-status'} role="status">
        {message}
      </span>
    </div>
  );
}
