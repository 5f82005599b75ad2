/** Settings for everyone: the data and files kept on this device, offline readiness, the version. */
import { useTranslation } from '@/client/i18n/useTranslation';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { KeptFilesPanel } from './KeptFilesPanel';
import { OfflinePanel } from './OfflinePanel';
import { StoragePanel } from './StoragePanel';

export default function SettingsScreen() {
  const { t } = useTranslation('settings');
  return (
    <ScreenLayout title={t('screenTitle')}>
      <StoragePanel />
      <KeptFilesPanel />
      <OfflinePanel />
    </ScreenLayout>
  );
}
