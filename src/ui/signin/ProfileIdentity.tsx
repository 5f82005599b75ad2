/** A person as a tile names them: their name, then their role and school on a second line. */
import type { ProfileSummary } from '@/client/auth/deviceProfiles';
import { primaryRole } from '@/client/auth/primaryRole';
import { useTranslation } from '@/client/i18n/useTranslation';
import { ROLE_LABEL_KEYS } from '../components/roleLabels';

export function ProfileIdentity({ profile }: { profile: ProfileSummary }) {
  const { t } = useTranslation(['signIn', 'common']);
  return (
    <>
      <span className="profile-name">{profile.displayName}</span>
      <span className="profile-details">
        {t('profileDetailsLabel', { role: t(ROLE_LABEL_KEYS[primaryRole(profile.roles)]), school: profile.schoolName })}
      </span>
    </>
  );
}
