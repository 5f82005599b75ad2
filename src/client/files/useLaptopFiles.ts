/**
 * The laptop's kept files and upload queue for screens, read again whenever a transfer
 * changes them. One read per change however many components ask (a library of 40 files
 * shows 40 cards), so the cards never each read the files database.
 */
import { useEffect, useState } from 'react';
import { useFileTransferStore } from '../stores/fileTransferStore';
import { readLaptopFiles, type LaptopFiles } from './laptopFiles';

let latest: { version: number; read: Promise<LaptopFiles> } | undefined;

function readOnce(version: number): Promise<LaptopFiles> {
  if (latest?.version !== version) latest = { version, read: readLaptopFiles() };
  return latest.read;
}

export function useLaptopFiles(): LaptopFiles | undefined {
  const version = useFileTransferStore((s) => s.version);
  const [files, setFiles] = useState<LaptopFiles | undefined>();
  useEffect(() => {
    let isCurrent = true;
    void readOnce(version).then((next) => isCurrent && setFiles(next));
    return () => {
      isCurrent = false;
    };
  }, [version]);
  return files;
}
