/**
 * Saves bytes made on the laptop as a file (a report's CSV): no server round trip, so it
 * works offline. The object URL is released once the browser has taken the download.
 */
export function downloadFile(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** A file name safe on every system: letters, digits, '-', '_' and '.' kept, the rest '-'. */
export function safeFileName(...parts: string[]): string {
  return parts.join('_').replace(/[^\p{L}\p{N}._-]+/gu, '-');
}
