/**
 * The library resources a stage uses: listed with a way to take one off, and a picker of
 * the subject's resources to add one. The section reads the library once for every stage.
 */
import { useId, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { ResourceRow } from '@/client/library/readLibrary';

export function StageResources({
  library,
  titleOf,
  stageLabel,
  resourceIds,
  onChange,
}: {
  /** The subject's resources, to choose from. */
  library: readonly ResourceRow[];
  /** Titles of the resources the plan uses (some may be of another subject). */
  titleOf: ReadonlyMap<string, string>;
  stageLabel: string;
  resourceIds: readonly string[];
  onChange: (ids: readonly string[]) => void;
}) {
  const { t } = useTranslation(['lessons']);
  const [picked, setPicked] = useState('');
  const pickerId = useId();
  const choices = library.filter((r) => !resourceIds.includes(r.id));
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
            {choices.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
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
