/**
 * The head renames a class set in place. No save button: the name is written to the
 * laptop (one outbox entry) when the field is left or Enter is pressed, and the status
 * beside it says so; Escape puts the saved name back. While the field holds a name not
 * yet written, an app update waits for it. A name arriving from another laptop replaces
 * the field's text only while the head is not typing in it.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { getDb } from '../../../client/db/openSandyqDb';
import { updateRecord } from '../../../client/db/writeRecord';
import { useTranslation } from '../../../client/i18n/useTranslation';
import type { SessionUser } from '../../../client/stores/sessionStore';
import { TextLimit } from '../../../domain/entities/fields';
import { useUnsavedInput } from '../../components/useUnsavedInput';
import type { ClassSetOverview } from './classSetOverview';

type SaveState = 'idle' | 'saved' | 'empty' | 'failed';

export function ClassSetNameField({ classSet, user }: { classSet: ClassSetOverview; user: SessionUser }) {
  const { t } = useTranslation('schoolSetup');
  const [draft, setDraft] = useState(classSet.name);
  const [state, setState] = useState<SaveState>('idle');
  const isEditing = useRef(false);
  const statusId = useId();
  const isDirty = draft.trim() !== classSet.name;

  useEffect(() => {
    if (!isEditing.current) setDraft(classSet.name);
  }, [classSet.name]);

  const save = async () => {
    const name = draft.trim();
    if (name === classSet.name) return;
    if (name === '') {
      setState('empty');
      return;
    }
    try {
      await updateRecord(getDb(user.dbName), { userId: user.id, schoolId: user.schoolId }, 'classSets', classSet.id, { name });
      setState('saved');
    } catch {
      setState('failed');
    }
  };
  useUnsavedInput(isDirty && draft.trim() !== '', save);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      setDraft(classSet.name);
      setState('idle');
    }
  };

  const message = state === 'saved' ? t('nameSavedMessage') : state === 'empty' ? t('nameRequiredMessage') : state === 'failed' ? t('nameNotSavedMessage') : '';
  return (
    <div className="inline-field">
      <input
        className="inline-input"
        value={draft}
        maxLength={TextLimit.title}
        aria-label={t('classSetNameLabel', { name: classSet.name })}
        aria-invalid={state === 'empty'}
        aria-describedby={statusId}
        onFocus={() => (isEditing.current = true)}
        onChange={(event) => {
          setDraft(event.target.value);
          setState('idle');
        }}
        onBlur={() => {
          isEditing.current = false;
          void save();
        }}
        onKeyDown={onKeyDown}
      />
      <span id={statusId} className={state === 'empty' || state === 'failed' ? 'field-error' : 'field-status'} role="status">
        {message}
      </span>
    </div>
  );
}
