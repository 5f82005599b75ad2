/**
 * The School screen, for all staff: the class sets of the school as this laptop holds
 * them (name, grades, language of instruction, pupils). Others read; the head renames a
 * class set in place (saved as soon as the field is left), opens one to change its grades
 * or language, move pupils in and out or record that a pupil left, archives it, and
 * creates new ones. Every change is written to this laptop first and synced.
 */
import { useId, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useClassSetOverview } from '@/client/setup/readClassSetOverview';
import { useSchoolSetup } from '@/client/setup/useSchoolSetup';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { mayWrite } from '@/sync/tableRules';
import { EmptyState } from '@/ui/components/EmptyState';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { ArchivedClassSets } from './ArchivedClassSets';
import { ClassSetPanel } from './ClassSetPanel';
import { ClassSetRow } from './ClassSetRow';
import { FilePrefetchForm } from './FilePrefetchForm';
import { ScreenTimeForm } from './ScreenTimeForm';
import { GradingPolicyForm } from './GradingPolicyForm';
import { NewClassSetForm } from './NewClassSetForm';
import './setup.css';

export default function SchoolSetupScreen() {
  const { t } = useTranslation(['schoolSetup', 'common']);
  const user = useSessionStore(selectUser);
  const captionId = useId();
  const classSets = useClassSetOverview();
  const canRename = user !== null && mayWrite(user.roles, 'classSets');
  const setup = useSchoolSetup(canRename);
  const [openId, setOpenId] = useState<string | undefined>(undefined);
  if (!user) return null;
  const openSet = setup?.classSets.find((s) => s.id === openId && s.status === 'active');
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
                {canRename && <th scope="col">{t('actionsColumnLabel')}</th>}
              </tr>
            </thead>
            <tbody>
              {classSets.map((classSet) => (
                <ClassSetRow
                  key={classSet.id}
                  classSet={classSet}

                  canRename={canRename}
                  isOpen={openId === classSet.id}
                  {...(canRename ? { onManage: () => setOpenId(openId === classSet.id ? undefined : classSet.id) } : {})}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {openSet && setup && (
        <ClassSetPanel classSet={openSet} pupils={setup.pupils} classSets={setup.classSets} onClose={() => setOpenId(undefined)} />
      )}
      {canRename && <NewClassSetForm />}
      {canRename && setup && <ArchivedClassSets classSets={setup.classSets} />}
      {user !== null && mayWrite(user.roles, 'schools') && <FilePrefetchForm schoolId={user.schoolId} />}
      {user !== null && mayWrite(user.roles, 'schools') && <ScreenTimeForm schoolId={user.schoolId} />}
      {user !== null && mayWrite(user.roles, 'gradingPolicies') && <GradingPolicyForm schoolId={user.schoolId} />}
    </ScreenLayout>
  );
}
