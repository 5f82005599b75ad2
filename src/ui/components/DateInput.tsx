/**
 * A date typed in the interface language's form (`dateInputText.ts`), for every date field
 * of the app. Keyboard: type it, or ArrowUp / ArrowDown for the next or previous day. A
 * text that is no date is marked invalid and said in words on leaving the field; the value
 * the screen holds changes only to real dates.
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { currentLanguage } from '@/client/i18n/i18n';
import { formatDateInput, parseDateInput } from '@/client/i18n/dateInputText';
import { useTranslation } from '@/client/i18n/useTranslation';
import { addDays, type IsoDate } from '@/domain/dates';

export interface DateInputProps {
  id: string;
  value: IsoDate | '';
  onChange: (date: IsoDate | '') => void;
  isRequired?: boolean;
  className?: string;
}

export function DateInput({ id, value, onChange, isRequired = true, className }: DateInputProps) {
  const { t, i18n } = useTranslation('common');
  const language = currentLanguage();
  const [text, setText] = useState(() => formatDateInput(value, language));
  const [isInvalid, setInvalid] = useState(false);
  const errorId = useId();
  // A value set from outside (the next-day button, another laptop) or a new language shows as typed text.
  useEffect(() => {
    setText((typed) => (parseDateInput(typed) === value || (typed === '' && value === '') ? typed : formatDateInput(value, language)));
  }, [value, language, i18n.language]);

  const accept = (next: string) => {
    setText(next);
    const date = parseDateInput(next);
    if (date !== undefined) {
      setInvalid(false);
      if (date !== value) onChange(date);
    } else if (next.trim() === '' && !isRequired) {
      setInvalid(false);
      if (value !== '') onChange('');
    }
  };
  const step = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key !== 'ArrowUp' && event.key !== 'ArrowDown') || value === '') return;
    event.preventDefault();
    const next = addDays(value, event.key === 'ArrowUp' ? 1 : -1);
    setText(formatDateInput(next, language));
    onChange(next);
  };
  return (
    <>
      <input
        id={id}
        className={className ? `date-input ${className}` : 'date-input'}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('datePlaceholderLabel')}
        value={text}
        required={isRequired}
        aria-invalid={isInvalid}
        aria-describedby={isInvalid ? errorId : undefined}
        onChange={(event) => accept(event.target.value)}
        onBlur={() => setInvalid(parseDateInput(text) === undefined && !(text.trim() === '' && !isRequired))}
        onKeyDown={step}
      />
      {isInvalid && (
        <span id={errorId} className="field-error" role="alert">
          {t('invalidDateMessage')}
        </span>
      )}
    </>
  );
}
