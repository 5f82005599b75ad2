/**
 * An item as the pupil sees and answers it: the question, its picture or sound from the
 * library, and the control its kind needs (one choice, several, a number, a short text, or
 * a drop-down for each left-hand line of a matching item). Used by the pupil's test, the
 * item editor's preview and the class quick check, so a teacher previews exactly what a
 * pupil gets. Large touch targets; every control labelled; the keyboard is enough.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { ItemResponse } from '@/domain/entities/answer';
import type { Item } from '@/domain/entities/item';

export type ViewedItem = Pick<Item, 'kind' | 'prompt'> & Partial<Pick<Item, 'options' | 'matchOptions'>>;

export interface ItemMedia {
  readonly url: string;
  readonly mime: string;
  readonly title: string;
}

const numberOf = (text: string): number | undefined => {
  const t = text.trim().replace(',', '.').replace(/\s/g, '');
  return t !== '' && /^-?\d*\.?\d+(e-?\d+)?$/i.test(t) ? Number(t) : undefined;
};

export function ItemView({
  item,
  number,
  value,
  onChange,
  disabled = false,
  media,
}: {
  item: ViewedItem;
  /** The item's place in the test, 1-based. */
  number?: number | undefined;
  value: ItemResponse | undefined;
  onChange: (response: ItemResponse) => void;
  disabled?: boolean;
  media?: ItemMedia | undefined;
}) {
  const { t } = useTranslation(['selfStudy']);
  const id = useId();
  const chosen = value?.kind === 'choice' ? value.optionIds : [];
  const [typed, setTyped] = useState(value?.kind === 'number' ? String(value.value) : value?.kind === 'text' ? value.text : '');
  // Another answer shown (the next item, a resumed attempt) replaces what was typed.
  useEffect(() => setTyped(value?.kind === 'number' ? String(value.value) : value?.kind === 'text' ? value.text : ''), [value]);
  const prompt = (
    <>
      {number !== undefined && <span className="item-number">{t('itemNumberLabel', { number })} </span>}
      <span className="item-prompt">{item.prompt}</span>
    </>
  );
  const picture =
    media &&
    (media.mime.startsWith('image/') ? (
      <img className="item-media" src={media.url} alt={media.title} />
    ) : media.mime.startsWith('audio/') ? (
      <audio className="item-media" src={media.url} controls aria-label={media.title} />
    ) : null);

  switch (item.kind) {
    case 'single':
    case 'multiple':
      return (
        <fieldset className="item-view" disabled={disabled}>
          <legend>{prompt}</legend>
          {picture}
          {item.kind === 'multiple' && <p className="hint">{t('chooseSeveralMessage')}</p>}
          <div className="item-options">
            {(item.options ?? []).map((o) => (
              <label key={o.id} className="choice item-option">
                <input
                  type={item.kind === 'single' ? 'radio' : 'checkbox'}
                  name={id}
                  checked={chosen.includes(o.id)}
                  onChange={(e) => {
                    const next = item.kind === 'single' ? [o.id] : e.target.checked ? [...chosen, o.id] : chosen.filter((c) => c !== o.id);
                    onChange({ kind: 'choice', optionIds: next });
                  }}
                />
                {o.text}
              </label>
            ))}
          </div>
        </fieldset>
      );
    case 'number':
    case 'shortText':
      return (
        <div className="item-view field">
          <label htmlFor={id}>{prompt}</label>
          {picture}
          <input
            id={id}
            className="item-answer"
            disabled={disabled}
            inputMode={item.kind === 'number' ? 'decimal' : 'text'}
            autoComplete="off"
            value={typed}
            aria-describedby={item.kind === 'number' ? `${id}-hint` : undefined}
            onChange={(e) => setTyped(e.target.value)}
            onBlur={() => {
              if (item.kind === 'shortText') {
                if (typed !== (value?.kind === 'text' ? value.text : '')) onChange({ kind: 'text', text: typed });
                return;
              }
              const n = numberOf(typed);
              if (n !== undefined && !(value?.kind === 'number' && value.value === n)) onChange({ kind: 'number', value: n });
            }}
          />
          {item.kind === 'number' && (
            <p id={`${id}-hint`} className={typed.trim() !== '' && numberOf(typed) === undefined ? 'field-error' : 'hint'}>
              {typed.trim() !== '' && numberOf(typed) === undefined ? t('notANumberMessage') : t('numberHintMessage')}
            </p>
          )}
        </div>
      );
    case 'matching': {
      const pairs = value?.kind === 'pairs' ? value.pairs : [];
      return (
        <fieldset className="item-view" disabled={disabled}>
          <legend>{prompt}</legend>
          {picture}
          <div className="item-matching">
            {(item.options ?? []).map((left) => (
              <div key={left.id} className="field item-match-row">
                <label htmlFor={`${id}-${left.id}`}>{left.text}</label>
                <select
                  id={`${id}-${left.id}`}
                  value={pairs.find(([l]) => l === left.id)?.[1] ?? ''}
                  onChange={(e) => {
                    const rest = pairs.filter(([l]) => l !== left.id);
                    onChange({ kind: 'pairs', pairs: e.target.value ? [...rest, [left.id, e.target.value]] : rest });
                  }}
                >
                  <option value="">{t('chooseMatchLabel')}</option>
                  {(item.matchOptions ?? []).map((right) => (
                    <option key={right.id} value={right.id}>
                      {right.text}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </fieldset>
      );
    }
  }
}
