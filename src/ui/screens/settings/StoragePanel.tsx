/**
 * What the app keeps on this device: space used, space the browser allows, and whether
 * the browser may clear it under disk pressure. "Keep data on this device" asks for
 * persistent storage, only ever on that click (browsers grant it on a user action).
 */
import { useEffect, useId, useState } from 'react';
import { getStorageStatus, requestPersistentStorage, type StorageStatus } from '@/client/storage/storageStatus';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useTranslation } from '@/client/i18n/useTranslation';

type PersistResult = 'granted' | 'denied' | undefined;

export function StoragePanel() {
  const { t } = useTranslation('settings');
  const { formatBytes } = useFormatters();
  const headingId = useId();
  const [status, setStatus] = useState<StorageStatus | undefined>();
  const [isAsking, setAsking] = useState(false);
  const [result, setResult] = useState<PersistResult>();

  useEffect(() => {
    let isCurrent = true;
    void getStorageStatus().then((next) => isCurrent && setStatus(next));
    return () => {
      isCurrent = false;
    };
  }, [result]);

  const keepData = async () => {
    setAsking(true);
    const isGranted = await requestPersistentStorage();
    setAsking(false);
    setResult(isGranted ? 'granted' : 'denied');
  };

  const unknown = t('unknownValueMessage');
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('storageTitle')}</h2>
      <dl className="facts">
        <dt>{t('usageLabel')}</dt>
        <dd data-storage="usage">{status?.usage === undefined ? unknown : formatBytes(status.usage)}</dd>
        <dt>{t('quotaLabel')}</dt>
        <dd data-storage="quota">{status?.quota === undefined ? unknown : formatBytes(status.quota)}</dd>
        <dt>{t('persistenceLabel')}</dt>
        <dd data-storage="persisted" data-value={status?.persisted ?? ''}>
          {status?.persisted === undefined ? unknown : status.persisted ? t('persistentMessage') : t('notPersistentMessage')}
        </dd>
      </dl>
      {status?.persisted !== true && (
        <>
          <button type="button" className="button button-primary" disabled={isAsking} onClick={() => void keepData()}>
            {t('keepDataAction')}
          </button>
          <p className="hint">{t('keepDataHintMessage')}</p>
        </>
      )}
      <p role="status" className="result">
        {result === 'granted' && t('persistGrantedMessage')}
        {result === 'denied' && t('persistDeniedMessage')}
      </p>
    </section>
  );
}
