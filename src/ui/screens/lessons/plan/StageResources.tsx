/**
 * The library resources a stage uses: listed with a way to take one off, and a picker of
 * the subject's resources to add one. A resource added in the Library appears here at once.
 */
import { useId, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useLibrary } from '@/client/library/useLibrary';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';

export function StageResources({
  subjectId,
  stageLabel,
  resourceIds,
  onChange,
}: {
  subjectId: string;
  stageLabel: string;
  resourceIds: readonly string[];
  onChange: (ids: readonly string[]) => void;
}) {
  const { t } = useTranslation(['lessons']);
  const user = useSessionStore(selectUser);
  const items = useLibrary(user?.schoolId ?? '', { subjectId }) ?? [];
  const allItems = useLibrary(user?.schoolId ?? '', {}) ?? [];
  const titleOf = new Map(allItems.map((i) => [i.resource.id, i.resource.title]));
  const [picked, setPicked] = useState('');
  const pickerId = useId();
  const choices = items.filter((i) => !resourceIds.includes(i.resource.id));
  return (
    <div className="stage-resources">
      <p className="field-label">{t('stageResourcesLabel')}</p>
      {resourceIds.length === 0 ? (
        <p className="hint">{t('noStageResourcesMessage')}</p>
      ) : (
        <ul>
          {resourceIds.map((id) => (
            <li key={id} data-resource-id={id}>
              {titleOf.get(id) ?? t('resourceNotOnLaptopLabel')}{' '}
              <button type="button" className="button button-quiet" onClick={() => onChange(resourceIds.filter((r) => r !== id))}>
                {t('detachResourceAction')}
                <span className="visually-hidden">
                  {' '}
                  {titleOf.get(id) ?? ''}, {stageLabel}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {choices.length > 0 && (
        <div className="inline-field">
          <label htmlFor={pickerId}>
            {t('attachResourceFieldLabel')}
            <span className="visually-hidden"> {stageLabel}</span>
          </label>
          <select id={pickerId} value={picked} onChange={(e) => setPicked(e.target.value)}>
            <option value="">{t('chooseResourceOptionLabel')}</option>
            {choices.map((i) => (
              <option key={i.resource.id} value={i.resource.id}>
                {i.resource.title}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            disabled={picked === ''}
            onClick={() => {
              onChange([...resourceIds, picked]);
              setPicked('');
            }}
          >
            {t('attachResourceAction')}
            <span className="visually-hidden"> {stageLabel}</span>
          </button>
        </div>
      )}
    </div>
  );
}
