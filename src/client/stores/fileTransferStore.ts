/**
 * What the laptop's file transfers are doing, for the screens: each upload's and download's
 * progress by file (SHA-256), the last failure of each, and a counter that moves whenever
 * the laptop's kept files or upload queue change (the lists read again on it).
 */
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';

export interface TransferProgress {
  readonly done: number;
  readonly total: number;
}

export interface FileTransferState {
  readonly uploads: Readonly<Record<string, TransferProgress>>;
  readonly downloads: Readonly<Record<string, TransferProgress>>;
  /** The failure code (`FileFailure`) of the last try, by file. */
  readonly failures: Readonly<Record<string, string>>;
  readonly version: number;
  setUpload(sha256: string, progress: TransferProgress | undefined): void;
  setDownload(sha256: string, progress: TransferProgress | undefined): void;
  setFailure(sha256: string, failure: string | undefined): void;
  changed(): void;
}

const without = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> => {
  const next = { ...record };
  delete next[key];
  return next;
};

export const useFileTransferStore = create<FileTransferState>((set) => ({
  uploads: {},
  downloads: {},
  failures: {},
  version: 0,
  setUpload: (sha256, progress) => set((s) => ({ uploads: progress ? { ...s.uploads, [sha256]: progress } : without(s.uploads, sha256) })),
  setDownload: (sha256, progress) => set((s) => ({ downloads: progress ? { ...s.downloads, [sha256]: progress } : without(s.downloads, sha256) })),
  setFailure: (sha256, failure) => set((s) => ({ failures: failure ? { ...s.failures, [sha256]: failure } : without(s.failures, sha256) })),
  changed: () => set((s) => ({ version: s.version + 1 })),
}));

/** Progress and failures by file, for a screen (re-renders only when one of them changes). */
export function useFileTransfers(): Pick<FileTransferState, 'uploads' | 'downloads' | 'failures'> {
  return useFileTransferStore(useShallow((s) => ({ uploads: s.uploads, downloads: s.downloads, failures: s.failures })));
}
