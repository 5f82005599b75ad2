/**
 * "Keep on this laptop" for a set of files (one resource, a lesson's materials, a topic's
 * resources): the total size first, a progress bar while it runs, and when all are kept,
 * that they are. Files kept already count as kept and move nothing.
 */
import { useState } from 'react';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useTranslation } from '@/client/i18n/useTranslation';
import { FileTransferError } from '@/client/files/fileApi';
import { keepFiles } from '@/client/files/laptopFiles';
import { useLaptopFiles } from '@/client/files/useLaptopFiles';
import { useFileTransfers } from '@/client/stores/fileTransferStore';
import type { ResourceFile } from '@/domain/entities/resource';
import { FILE_FAILURE_MESSAGE_KEYS } from './fileText';

export function KeepOffline({ files, userId, what }: { files: readonly ResourceFile[]; userId: string; what: string }) {
  const { t } = useTranslation(['library']);
  const { formatBytes, formatNumber } = useFormatters();
  const laptop = useLaptopFiles();
  const { downloads } = useFileTransfers();
  const [failure, setFailure] = useState<string | undefined>();
  const [isRunning, setRunning] = useState(false);
  const unique = [...new Map(files.map((f) => [f.sha256, f])).values()];
  if (unique.length === 0 || laptop === undefined) return null;
  const missing = unique.filter((f) => !laptop.kept.has(f.sha256));
  const total = unique.reduce((sum, f) => sum + f.size, 0);
  const missingBytes = missing.reduce((sum, f) => sum + f.size, 0);
  const received = missing.reduce((sum, f) => sum + (downloads[f.sha256]?.done ?? 0), 0);

  if (missing.length === 0)
    return (
      <p className="kept-offline" data-kept="true">
        <span aria-hidden="true">✓ </span>
        {t('keptOfflineMessage', { count: unique.length, size: formatBytes(total) })}
      </p>
    );
  const keep = async () => {
    setFailure(undefined);
    setRunning(true);
    try {
      await keepFiles(missing, userId);
    } catch (error) {
      setFailure(error instanceof FileTransferError ? error.failure : 'server');
    } finally {
      setRunning(false);
    }
  };
  return (
    <div className="keep-offline" data-kept="false">
      <button type="button" className="button" disabled={isRunning} onClick={() => void keep()}>
        {t('keepOfflineAction', { size: formatBytes(missingBytes) })}
        <span className="visually-hidden"> {what}</span>
      </button>
      {isRunning && (
        <label className="transfer-progress">
          {t('downloadingLabel', { done: formatBytes(received), total: formatBytes(missingBytes) })}
          <progress max={missingBytes} value={received}>
            {formatNumber(missingBytes === 0 ? 1 : received / missingBytes, { style: 'percent' })}
          </progress>
        </label>
      )}
      {failure && (
        <p className="field-error" role="alert">
          {t(FILE_FAILURE_MESSAGE_KEYS[failure as keyof typeof FILE_FAILURE_MESSAGE_KEYS] ?? 'library:serverFailureMessage')}
        </p>
      )}
    </div>
  );
}
