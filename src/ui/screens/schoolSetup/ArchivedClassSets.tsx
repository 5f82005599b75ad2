/** Archived class sets, each of which the head can bring back (e.g. archived by mistake). */
import { useId } from 'react';
import { getDb } from '../../../client/db/openSandyqDb';
import type { ClassSetRow } from '../../../client/db/queries/setupQueries';
import { useTranslation } from '../../../client/i18n/useTranslation';
import { restoreClassSet } from '../../../client/setup/classSetWrites';
import { setupAuthor } from '../../../client/setup/setupAuthor';
import type { SessionUser } from '../../../client/stores/sessionStore';
import { useSaveAction } from './useSaveAction';
import { WriteProblems } from './WriteProblems';

export function ArchivedClassSets({ classSets, user }: { classSets: readonly ClassSetRow[]; user: SessionUser }) {
  const { t } = useTranslation('schoolSetup');
  const headingId = useId();
  const save = useSaveAction();
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
              onClick={() => void save.run(() => restoreClassSet(getDb(user.dbName), setupAuthor(user), set.id))}
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
