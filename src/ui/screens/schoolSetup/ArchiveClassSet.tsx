/**
 * Archiving a class set (at the end of a year, or a set that was split), asked twice: it
 * leaves the School table, the CSV import and the timetable. Refused while pupils are in it.
 */
import { useState } from 'react';
import { getDb } from '../../../client/db/openSandyqDb';
import type { ClassSetRow } from '../../../client/db/queries/setupQueries';
import { useTranslation } from '../../../client/i18n/useTranslation';
import { archiveClassSet } from '../../../client/setup/classSetWrites';
import { schoolToday } from '../../../client/setup/schoolToday';
import { setupAuthor } from '../../../client/setup/setupAuthor';
import type { SessionUser } from '../../../client/stores/sessionStore';
import { useSaveAction } from './useSaveAction';
import { WriteProblems } from './WriteProblems';

export function ArchiveClassSet({ classSet, user }: { classSet: ClassSetRow; user: SessionUser }) {
  const { t } = useTranslation('schoolSetup');
  const [isAsking, setIsAsking] = useState(false);
  const save = useSaveAction();
  const archive = () => save.run(() => archiveClassSet(getDb(user.dbName), setupAuthor(user), classSet.id, schoolToday()));

  return (
    <div className="archive-class-set">
      {isAsking ? (
        <div className="confirm" role="group" aria-label={t('archiveClassSetAction')}>
          <p>{t('archiveConfirmMessage', { name: classSet.name })}</p>
          <div className="form-actions">
            <button type="button" className="button button-danger" disabled={save.isSaving} onClick={() => void archive()}>
              {t('archiveConfirmAction')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => (setIsAsking(false), save.reset())}>
              {t('cancelAction')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button-quiet" onClick={() => setIsAsking(true)}>
          {t('archiveClassSetAction')}
        </button>
      )}
      <WriteProblems error={save.error} />
    </div>
  );
}
