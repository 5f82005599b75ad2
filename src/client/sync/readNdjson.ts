/**
 * Splits a byte stream into JSON lines as they arrive, so a long pull is stored page by
 * page while later pages are still on the wire. A partial last line (a cut connection) is
 * never yielded: it throws, and the rows of the complete lines before it stay stored.
 */
export async function* readNdjson(body: ReadableStream<Uint8Array>, onBytes?: (n: number) => void): AsyncGenerator<unknown> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onBytes?.(value.byteLength);
      buffered += decoder.decode(value, { stream: true });
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line.trim()) yield JSON.parse(line);
        newline = buffered.indexOf('\n');
      }
    }
    buffered += decoder.decode();
    if (buffered.trim()) throw new Error('Response ended inside a line');
  } finally {
    reader.releaseLock();
  }
}
