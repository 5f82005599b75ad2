/**
 * Sync by file (USB): for staff, write this laptop's waiting changes to a file and import a
 * file of either kind; for the head, also write a pull bundle of the school or a class.
 */
import { Role } from '@/domain/roles';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSignedInUser } from '@/client/workspace/sessionContext';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { ExportOutboxPanel } from './ExportOutboxPanel';
import { ImportFilePanel } from './ImportFilePanel';
import { PullBundlePanel } from './PullBundlePanel';

export default function BundlesScreen() {
  const { t } = useTranslation('bundles');
  const user = useSignedInUser();
  return (
    <ScreenLayout title={t('screenTitle')}>
      <p className="hint">{t('introMessage')}</p>
      <ExportOutboxPanel />
      <ImportFilePanel />
      {user.roles.includes(Role.head) && <PullBundlePanel />}
    </ScreenLayout>
  );
}
