/**
 * Archiving a class set (at the end of a year, or a set that was split), asked twice: it
 * leaves the School table, the CSV import and the timetable. Refused while pupils are in it.
 */
import { useState } from 'react';
import type { ClassSetRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import { schoolToday } from '@/client/setup/schoolToday';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { useSetupCommands } from '@/client/setup/setupCommands';

export function ArchiveClassSet({ classSet }: { classSet: ClassSetRow }) {
  const { t } = useTranslation('schoolSetup');
  const [isAsking, setIsAsking] = useState(false);
  const save = useSaveAction();
  const setup = useSetupCommands();
  const archive = () => save.run(() => setup.archiveClassSet(classSet.id, schoolToday()));

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
