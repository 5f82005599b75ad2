/** The laptop's kept files and upload queue for screens, read again whenever a transfer changes them. */
import { useEffect, useState } from 'react';
import { useFileTransferStore } from '../stores/fileTransferStore';
import { readLaptopFiles, type LaptopFiles } from './laptopFiles';

export function useLaptopFiles(): LaptopFiles | undefined {
  const version = useFileTransferStore((s) => s.version);
  const [files, setFiles] = useState<LaptopFiles | undefined>();
  useEffect(() => {
    let isCurrent = true;
    void readLaptopFiles().then((next) => isCurrent && setFiles(next));
    return () => {
      isCurrent = false;
    };
  }, [version]);
  return files;
}
