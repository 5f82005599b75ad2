/**
 * Splits a byte stream into JSON lines as they arrive, so a long pull is stored page by
 * page while later pages are still on the wire. A partial last line (a cut connection) is
 * never yielded: it throws, and the rows of the complete lines before it stay stored.
 */
export async function* readNdjson(body: ReadableStream<Uint8Array>, onBytes?: (n: number) => void): AsyncGenerator<unknown> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  // The pieces of the line not yet ended. Only each new chunk is searched for a newline and
  // a line is joined once, when it ends: a page line of megabytes arriving in small chunks
  // costs linear time (appending to one string and searching it from the start each chunk
  // was quadratic, seconds of CPU for a first pull).
  let pieces: string[] = [];
  const emit = function* (text: string): Generator<unknown> {
    let start = 0;
    let newline = text.indexOf('\n');
    while (newline >= 0) {
      pieces.push(text.slice(start, newline));
      const line = pieces.length === 1 ? pieces[0]! : pieces.join('');
      pieces = [];
      if (line.trim()) yield JSON.parse(line);
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    if (start < text.length) pieces.push(text.slice(start));
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onBytes?.(value.byteLength);
      yield* emit(decoder.decode(value, { stream: true }));
    }
    yield* emit(decoder.decode());
    if (pieces.join('').trim()) throw new Error('Response ended inside a line');
  } finally {
    reader.releaseLock();
  }
}
