/**
 * A resource's file on this laptop: whether it has reached the server yet (waiting, going
 * with a progress bar, or refused and why), keeping it for offline use, and once kept,
 * opening it (a PDF in a new tab, a video or audio played here) with the network off too.
 */
import { useState } from 'react';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useTranslation } from '@/client/i18n/useTranslation';
import { offlineFileUrl } from '@/client/files/keptFileCache';
import { removeKept } from '@/client/files/laptopFiles';
import { useLaptopFiles } from '@/client/files/useLaptopFiles';
import { useFileTransfers } from '@/client/stores/fileTransferStore';
import type { ResourceRow } from '@/client/library/readLibrary';
import { FILE_FAILURE_MESSAGE_KEYS } from './fileText';
import { KeepOffline } from './KeepOffline';

export function ResourceFilePanel({ resource, userId }: { resource: ResourceRow; userId: string }) {
  const { t } = useTranslation(['library']);
  const { formatBytes } = useFormatters();
  const laptop = useLaptopFiles();
  const { uploads } = useFileTransfers();
  const [isPlaying, setPlaying] = useState(false);
  const file = resource.file;
  if (!file || !laptop) return null;
  const queued = laptop.uploads.find((u) => u.sha256 === file.sha256);
  const sending = uploads[file.sha256];
  const isKept = laptop.kept.has(file.sha256);
  const isMedia = file.mime.startsWith('video/') || file.mime.startsWith('audio/');
  const url = offlineFileUrl(file.sha256);
  return (
    <div className="resource-file">
      {queued &&
        (queued.state === 'refused' ? (
          <p className="field-error" role="alert">
            {t(FILE_FAILURE_MESSAGE_KEYS[(queued.refusal ?? 'server') as keyof typeof FILE_FAILURE_MESSAGE_KEYS] ?? 'library:serverFailureMessage', {
              limit: queued.limit !== undefined ? formatBytes(queued.limit) : '',
            })}
          </p>
        ) : sending ? (
          <label className="transfer-progress">
            {t('uploadingLabel', { done: formatBytes(sending.done), total: formatBytes(sending.total) })}
            <progress max={sending.total} value={sending.done} />
          </label>
        ) : (
          <p className="hint">{t('waitingUploadMessage')}</p>
        ))}
      {resource.cacheable && <KeepOffline files={[file]} userId={userId} what={resource.title} />}
      {isKept && (
        <div className="form-actions">
          {isMedia ? (
            <button type="button" className="button" aria-expanded={isPlaying} onClick={() => setPlaying(!isPlaying)}>
              {isPlaying ? t('closePlayerAction') : t('playAction')}
              <span className="visually-hidden"> {resource.title}</span>
            </button>
          ) : (
            <a className="button" href={url} target="_blank" rel="noopener">
              {t('openFileAction')}
              <span className="visually-hidden">
                {' '}
                {resource.title} {t('opensInNewTabLabel')}
              </span>
            </a>
          )}
          {!queued && (
            <button type="button" className="button button-quiet" onClick={() => void removeKept(file.sha256)}>
              {t('removeFromLaptopAction')}
              <span className="visually-hidden"> {resource.title}</span>
            </button>
          )}
        </div>
      )}
      {isKept &&
        isPlaying &&
        (file.mime.startsWith('video/') ? (
          <video className="resource-player" src={url} controls preload="metadata" aria-label={resource.title} />
        ) : (
          <audio className="resource-player" src={url} controls preload="metadata" aria-label={resource.title} />
        ))}
    </div>
  );
}
