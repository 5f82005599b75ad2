/**
 * The card the head hands over: school, name, login and the one-time password. The password
 * lives only in this component's props (the section's state): never stored on the laptop,
 * gone once the head says the card is handed over. Printing shows this card alone.
 */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';

export interface SignInCardData {
  schoolName: string;
  name: string;
  login: string;
  oneTimePassword: string;
}

export function SignInCard({ card, onDone }: { card: SignInCardData; onDone: () => void }) {
  const { t } = useTranslation(['people', 'common']);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [card]);
  return (
    <section className="panel login-card" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('logins.cardTitle')}
      </h3>
      <dl className="facts login-card-facts">
        <dt>{t('logins.cardSchoolLabel')}</dt>
        <dd>{card.schoolName}</dd>
        <dt>{t('logins.cardNameLabel')}</dt>
        <dd>{card.name}</dd>
        <dt>{t('logins.cardLoginLabel')}</dt>
        <dd className="login-card-secret" data-card-login>
          {card.login}
        </dd>
        <dt>{t('logins.cardPasswordLabel')}</dt>
        <dd className="login-card-secret" data-card-password>
          {card.oneTimePassword}
        </dd>
      </dl>
      <p>{t('logins.cardChangeMessage')}</p>
      <p className="hint no-print">{t('logins.cardShownOnceMessage')}</p>
      <div className="form-actions no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('logins.printAction')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('logins.cardDoneAction')}
        </button>
      </div>
    </section>
  );
}
