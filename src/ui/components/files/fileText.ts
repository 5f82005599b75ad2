/** Why a file could not move, in words (`FileFailure` codes as keys of the `library` namespace). */
import type { FileFailure } from '@/client/files/fileApi';

export const FILE_FAILURE_MESSAGE_KEYS = {
  offline: 'library:offlineFailureMessage',
  signedOut: 'library:signedOutFailureMessage',
  forbidden: 'library:forbiddenFailureMessage',
  notFound: 'library:notFoundFailureMessage',
  hashMismatch: 'library:hashMismatchFailureMessage',
  tooLarge: 'library:tooLargeFailureMessage',
  diskFull: 'library:diskFullFailureMessage',
  server: 'library:serverFailureMessage',
} as const satisfies Record<FileFailure, string>;
