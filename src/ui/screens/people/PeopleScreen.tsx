/**
 * The People screen (head): the school's pupils and staff as this laptop holds them. The
 * head adds pupils and staff by hand, imports a class list from a CSV file (previewed row
 * by row before anything is stored) and exports it again. Every change is written to this
 * laptop first and synced. Below, online only, the head manages who may sign in (logins).
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSchoolSetup } from '@/client/setup/useSchoolSetup';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { Role } from '@/domain/roles';
import { mayWrite } from '@/sync/tableRules';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import '../schoolSetup/setup.css';
import { LoginsSection } from './logins/LoginsSection';
import { PupilsSection } from './PupilsSection';
import { StaffSection } from './StaffSection';

export default function PeopleScreen() {
  const { t } = useTranslation(['people', 'common']);
  const user = useSessionStore(selectUser);
  const setup = useSchoolSetup();
  if (!user) return null;
  return (
    <ScreenLayout title={t('screenTitle')}>
      <p className="screen-subtitle">{user.schoolName}</p>
      {setup === undefined ? (
        <p className="screen-loading">{t('common:loadingMessage')}</p>
      ) : (
        <>
          <PupilsSection pupils={setup.pupils} classSets={setup.classSets} canEdit={mayWrite(user.roles, 'pupils')} />
          <StaffSection staff={setup.staff} canEdit={mayWrite(user.roles, 'staff')} />
          {user.roles.includes(Role.head) && <LoginsSection staff={setup.staff} pupils={setup.pupils} />}
        </>
      )}
    </ScreenLayout>
  );
}
