/**
 * A `jsonb` statement parameter holding an array of rows, encoded to UTF-8 one row at a
 * time. A school day's write is 0.56 MB of JSON: `JSON.stringify` of the whole array made
 * one string, assembled from parts that V8 joins only when the driver measures it, into a
 * fresh 1.1 MB two-byte string (Kazakh text makes it two-byte) in V8's large-object space,
 * then encoded once more into the driver's buffer. On this 2-core VM every fresh page costs
 * about 13 µs to fault in: that string alone was a third of the server's page faults and a
 * tenth of its CPU (measured in `region-morning`). Rows stringified one by one stay small
 * and short-lived, and are written straight into one buffer.
 *
 * Each adapter passes it its own way (database.ts): PostgreSQL as `jsonb`'s binary format,
 * a version byte before the same text, so the driver copies bytes instead of encoding a
 * string; PGlite, which runs in this process, as text.
 */
const JSONB_BINARY_VERSION = 1;

export class JsonbArrayParam {
  /** `jsonb`'s binary format: the version byte, then the array's JSON in UTF-8. */
  private constructor(readonly jsonbBinary: Buffer) {}

  static of(items: readonly unknown[]): JsonbArrayParam {
    const parts: string[] = new Array<string>(items.length);
    // The version byte, the brackets and a comma between items; then at most 3 bytes of
    // UTF-8 a UTF-16 unit (a surrogate pair is 4 bytes for 2). The buffer is sized by that
    // bound instead of measuring every row's bytes first (a third of the encoding's time):
    // pages past what is written are never touched.
    let bound = 3 + items.length;
    for (let i = 0; i < items.length; i++) {
      const json = JSON.stringify(items[i]) as string | undefined;
      if (json === undefined) throw new TypeError(`JsonbArrayParam: item ${i} has no JSON form`);
      parts[i] = json;
      bound += json.length * 3;
    }
    const bytes = Buffer.allocUnsafe(bound);
    let at = 0;
    bytes[at++] = JSONB_BINARY_VERSION;
    bytes[at++] = 0x5b; // [
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) bytes[at++] = 0x2c; // ,
      at += bytes.write(parts[i]!, at, 'utf8');
    }
    bytes[at++] = 0x5d; // ]
    return new JsonbArrayParam(bytes.subarray(0, at));
  }

  /** The array's JSON as text, for a driver that takes text only. */
  text(): string {
    return this.jsonbBinary.toString('utf8', 1);
  }
}
