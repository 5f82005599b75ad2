/**
 * "Remove from this laptop", confirmed: what goes (the tile, the PIN, the person's data on
 * this laptop) and, first and in bold, how many of their changes have not reached the
 * server and would be lost. Counting them opens that person's data database, so the
 * count arrives a moment after the panel.
 */
import { useEffect, useId, useState } from 'react';
import type { ProfileSummary } from '@/client/auth/deviceProfiles';
import { useTranslation } from '@/client/i18n/useTranslation';
import { loadSignInActions } from './loadSignIn';

export function RemoveProfilePanel({ profile, onRemoved, onCancel }: { profile: ProfileSummary; onRemoved: () => void; onCancel: () => void }) {
  const { t } = useTranslation(['signIn', 'common']);
  const titleId = useId();
  const [unsent, setUnsent] = useState<number | undefined>();
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    void loadSignInActions()
      .then((actions) => actions.unsentChangesOf(profile))
      .catch(() => 0)
      .then((count) => isCurrent && setUnsent(count));
    return () => {
      isCurrent = false;
    };
  }, [profile]);

  const remove = async () => {
    setBusy(true);
    try {
      await (await loadSignInActions()).removeFromLaptop(profile.userId);
    } finally {
      setBusy(false);
    }
    onRemoved();
  };

  return (
    <section className="sign-in-form remove-profile" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('removeConfirmTitle', { name: profile.displayName })}</h2>
      {unsent !== undefined && unsent > 0 && (
        <p className="warning-message" role="alert" data-unsent={unsent}>
          {t('removeUnsentWarningMessage', { count: unsent })}
        </p>
      )}
      <p>{t('removeExplanationMessage')}</p>
      <div className="sign-in-actions">
        <button type="button" className="button button-danger" disabled={isBusy || unsent === undefined} onClick={() => void remove()}>
          {t('removeConfirmAction')}
        </button>
        <button type="button" className="button button-quiet" autoFocus onClick={onCancel}>
          {t('cancelAction')}
        </button>
      </div>
    </section>
  );
}
