/** The message key that explains why a bundle action failed, in the user's language. */
import { BundleApiError } from '@/client/bundles/bundleApi';
import { BundleError } from '@/sync/bundleFormat';

export type BundleFailureKey =
  | 'checksumMismatchMessage'
  | 'notABundleMessage'
  | 'unsupportedMessage'
  | 'wrongSchoolMessage'
  | 'wrongKindMessage'
  | 'refusedMessage'
  | 'offlineMessage'
  | 'failedMessage';

const KEYS: Record<string, BundleFailureKey> = {
  checksumMismatch: 'checksumMismatchMessage',
  notABundle: 'notABundleMessage',
  unsupported: 'unsupportedMessage',
  wrongSchool: 'wrongSchoolMessage',
  wrongKind: 'wrongKindMessage',
  refused: 'refusedMessage',
  offline: 'offlineMessage',
};

export function bundleFailureKey(error: unknown): BundleFailureKey {
  const reason = error instanceof BundleError ? error.problem : error instanceof BundleApiError ? error.failure : undefined;
  return (reason !== undefined && KEYS[reason]) || 'failedMessage';
}
