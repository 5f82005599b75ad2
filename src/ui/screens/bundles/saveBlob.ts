/** Hands a written file to the browser to save (the person picks the USB drive in its dialog). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `sandyq-outbox-2026-11-23T14-05.sqb`: sortable, no characters a FAT drive refuses. */
export function bundleFileName(kind: string, at: number): string {
  return `sandyq-${kind}-${new Date(at).toISOString().slice(0, 16).replace(/:/g, '-')}.sqb`;
}
