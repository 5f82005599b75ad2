/**
 * A statement parameter that is an array of `text`, `int8` or `jsonb` values: a column of
 * a batch's rows, for `unnest($n::text[], ...)`. Each adapter passes it its own way
 * (database.ts): PostgreSQL in the binary array format, which it reads element by element
 * with nothing to lex or unescape; PGlite, in this process, as the JavaScript array.
 *
 * Why columns: a school day's 1,186 new rows went as one `jsonb` array for
 * `jsonb_to_recordset`, and PostgreSQL parsed the whole document, built each row's values
 * out of it, and kept every intermediate copy until the statement ended: 26 ms of its CPU
 * and 600 page faults a school day. As arrays of columns: 20 ms and about 150 (measured
 * with the write statement alone, replayed on this 2-core VM).
 */
export type ArrayElementType = 'text' | 'int8' | 'jsonb';

const ELEMENT_OID: Record<ArrayElementType, number> = { text: 25, int8: 20, jsonb: 3802 };
const JSONB_BINARY_VERSION = 1;
const INT32_SPAN = 2 ** 32;

/**
 * Where arrays are encoded before being copied out at their exact size. Encoding straight
 * into a buffer of the bound (three bytes a character) allocated two to three times the
 * bytes sent: about 2 MB of memory outside V8's heap a school day, which made V8 collect
 * its young generation for "external memory pressure" every dozen school days, more often
 * than its own allocation asked. Kept between calls up to `KEPT_SCRATCH_BYTES`; a larger
 * array (a hostile batch) gets a buffer of its own.
 */
let scratch = Buffer.allocUnsafeSlow(64 * 1024);
const KEPT_SCRATCH_BYTES = 8 * 1024 * 1024;

function scratchFor(bound: number): Buffer {
  if (bound <= scratch.length) return scratch;
  if (bound > KEPT_SCRATCH_BYTES) return Buffer.allocUnsafe(bound);
  scratch = Buffer.allocUnsafeSlow(Math.min(KEPT_SCRATCH_BYTES, Math.max(bound, scratch.length * 2)));
  return scratch;
}

/** The first `length` bytes of `bytes`, in a buffer of their own when `bytes` is the scratch (the next array reuses it). */
function exactCopy(bytes: Buffer, length: number): Buffer {
  return bytes === scratch ? Buffer.from(bytes.subarray(0, length)) : bytes.subarray(0, length);
}

export class ArrayParam {
  constructor(
    readonly type: ArrayElementType,
    /** `null` is SQL NULL; a `jsonb` element is any value with a JSON form. */
    readonly values: readonly unknown[],
  ) {}

  /** PostgreSQL's binary array format (`array_recv`): a header, then each element's length and bytes. */
  binary(): Buffer {
    const n = this.values.length;
    const texts: Array<string | null> = new Array<string | null>(n);
    let hasNull = 0;
    // Header (dimensions, null flag, element type, then size and lower bound), a length
    // before each element, a version byte before each jsonb; then 8 bytes an int8, and at
    // most 3 bytes of UTF-8 a UTF-16 unit of text.
    let bound = 20 + 5 * n;
    for (let i = 0; i < n; i++) {
      const text = this.elementText(this.values[i], i);
      texts[i] = text;
      if (text === null) hasNull = 1;
      else bound += this.type === 'int8' ? 8 : text.length * 3;
    }
    const bytes = scratchFor(bound);
    let at = bytes.writeInt32BE(n === 0 ? 0 : 1, 0);
    at = bytes.writeInt32BE(hasNull, at);
    at = bytes.writeInt32BE(ELEMENT_OID[this.type], at);
    if (n === 0) return exactCopy(bytes, at);
    at = bytes.writeInt32BE(n, at);
    at = bytes.writeInt32BE(1, at);
    for (let i = 0; i < n; i++) {
      const text = texts[i]!;
      if (text === null) {
        at = bytes.writeInt32BE(-1, at);
      } else if (this.type === 'int8') {
        const value = this.values[i] as number;
        at = bytes.writeInt32BE(8, at);
        at = bytes.writeInt32BE(Math.floor(value / INT32_SPAN), at);
        at = bytes.writeUInt32BE(value >>> 0, at);
      } else {
        const lengthAt = at;
        at += 4;
        if (this.type === 'jsonb') bytes[at++] = JSONB_BINARY_VERSION;
        at += bytes.write(text, at, 'utf8');
        bytes.writeInt32BE(at - lengthAt - 4, lengthAt);
      }
    }
    return exactCopy(bytes, at);
  }

  /**
   * The elements for a driver that serializes arrays itself (PGlite): a jsonb element as
   * its JSON text, since such a driver passes a string through as if it were JSON already.
   */
  elements(): readonly unknown[] {
    if (this.type !== 'jsonb') return this.values;
    return this.values.map((value, index) => this.elementText(value, index));
  }

  /** The element as text to encode (`''` for an int8, written as 8 bytes), or null. */
  private elementText(value: unknown, index: number): string | null {
    if (value === null || value === undefined) return null;
    switch (this.type) {
      case 'text':
        if (typeof value !== 'string') throw new TypeError(`ArrayParam: text element ${index} is not a string`);
        return value;
      case 'int8':
        if (!Number.isSafeInteger(value)) throw new TypeError(`ArrayParam: int8 element ${index} is not a safe integer`);
        return '';
      case 'jsonb': {
        const json = JSON.stringify(value) as string | undefined;
        if (json === undefined) throw new TypeError(`ArrayParam: jsonb element ${index} has no JSON form`);
        return json;
      }
    }
  }
}
