/**
 * The tiles of the people who have signed in on this laptop, the most recent first, and
 * "another user". A tile is one large button (a touch panel, small fingers); removing a
 * person is a separate, quieter button that asks first.
 */
import { useId } from 'react';
import type { ProfileSummary } from '@/client/auth/deviceProfiles';
import { useTranslation } from '@/client/i18n/useTranslation';
import { ProfileIdentity } from './ProfileIdentity';

export function ProfileTiles({
  profiles,
  onChoose,
  onAnotherUser,
  onRemove,
}: {
  profiles: readonly ProfileSummary[];
  onChoose: (userId: string) => void;
  onAnotherUser: () => void;
  onRemove: (userId: string) => void;
}) {
  const { t } = useTranslation(['signIn', 'common']);
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t('chooseYourselfTitle')}</h2>
      <ul className="profile-tiles">
        {profiles.map((profile) => (
          <li key={profile.userId} className="profile-tile-item">
            <button type="button" className="profile-tile" data-user-id={profile.userId} onClick={() => onChoose(profile.userId)}>
              <ProfileIdentity profile={profile} />
            </button>
            <button type="button" className="button button-quiet profile-remove" onClick={() => onRemove(profile.userId)}>
              {t('removeFromLaptopAction')}
              <span className="visually-hidden">: {profile.displayName}</span>
            </button>
          </li>
        ))}
        <li className="profile-tile-item">
          <button type="button" className="profile-tile profile-tile-another" onClick={onAnotherUser}>
            <span className="profile-name">{t('anotherUserAction')}</span>
            <span className="profile-details">{t('anotherUserHintMessage')}</span>
          </button>
        </li>
      </ul>
    </section>
  );
}
