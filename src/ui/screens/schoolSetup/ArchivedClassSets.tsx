/** Archived class sets, each of which the head can bring back (e.g. archived by mistake). */
import { useId } from 'react';
import type { ClassSetRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { useSetupCommands } from '@/client/setup/setupCommands';

export function ArchivedClassSets({ classSets }: { classSets: readonly ClassSetRow[] }) {
  const { t } = useTranslation('schoolSetup');
  const headingId = useId();
  const save = useSaveAction();
  const setup = useSetupCommands();
  const archived = classSets.filter((s) => s.status === 'archived').sort((a, b) => a.name.localeCompare(b.name, 'kk', { numeric: true }));
  if (archived.length === 0) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('archivedClassSetsTitle')}</h2>
      <ul className="plain-list">
        {archived.map((set) => (
          <li key={set.id}>
            <span>{set.name}</span>{' '}
            <button
              type="button"
              className="button button-quiet"
              disabled={save.isSaving}
              onClick={() => void save.run(() => setup.restoreClassSet(set.id))}
            >
              {t('restoreClassSetAction')}
              <span className="visually-hidden"> {set.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <WriteProblems error={save.error} />
    </section>
  );
}
