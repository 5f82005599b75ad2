/**
 * The School screen, for all staff: the class sets of the school as this laptop holds
 * them (name, grades, language of instruction, pupils). The head renames a class set in
 * place, saved as soon as the field is left; others read. School setup (years, subjects,
 * pupils) grows here in the next issue.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { getDb } from '../../../client/db/openSandyqDb';
import { useTranslation } from '../../../client/i18n/useTranslation';
import { selectUser, useSessionStore } from '../../../client/stores/sessionStore';
import { mayWrite } from '../../../sync/tableRules';
import { EmptyState } from '../../components/EmptyState';
import { ScreenLayout } from '../../components/ScreenLayout';
import { ClassSetRow } from './ClassSetRow';
import { listClassSetOverview } from './classSetOverview';

export default function SchoolSetupScreen() {
  const { t } = useTranslation(['schoolSetup', 'common']);
  const user = useSessionStore(selectUser);
  const captionId = useId();
  const classSets = useLiveQuery(
    () => (user ? listClassSetOverview(getDb(user.dbName), user.schoolId) : Promise.resolve([])),
    [user?.dbName, user?.schoolId],
  );
  if (!user) return null;
  const canRename = mayWrite(user.roles, 'classSets');
  return (
    <ScreenLayout title={t('screenTitle')}>
      <p className="screen-subtitle">{user.schoolName}</p>
      {classSets === undefined ? (
        <p className="screen-loading">{t('common:loadingMessage')}</p>
      ) : classSets.length === 0 ? (
        <EmptyState title={t('noClassSetsTitle')} message={t('noClassSetsMessage')} />
      ) : (
        <div className="table-frame">
          <table className="data-table" aria-describedby={captionId}>
            <caption id={captionId}>
              {t('classSetsTitle')}
              {canRename && <span className="hint"> {t('renameHintMessage')}</span>}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('nameColumnLabel')}</th>
                <th scope="col">{t('gradesColumnLabel')}</th>
                <th scope="col">{t('languageColumnLabel')}</th>
                <th scope="col" className="numeric">
                  {t('pupilsColumnLabel')}
                </th>
              </tr>
            </thead>
            <tbody>
              {classSets.map((classSet) => (
                <ClassSetRow key={classSet.id} classSet={classSet} user={user} canRename={canRename} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ScreenLayout>
  );
}
