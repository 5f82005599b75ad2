/**
 * `parse(bytes.toString())` for a large UTF-8 JSON body, without ever making the body one
 * string: the outer structure (the containers of `pieceBytes` or more) is walked here, and
 * every smaller value is decoded and handed to `parse` on its own.
 *
 * Why: a school day's sync request is 0.58 MB of JSON, and its Kazakh text makes it a
 * 1.15 MB two-byte string in V8's large-object space: fresh pages every request, which
 * this 2-core VM faults in at about 13 µs a page. Decoding that string took 4.4 ms where
 * the same bytes decoded in pieces take 0.3 ms (measured on the `region-morning` body);
 * it was a quarter of the server's page faults.
 *
 * The result is the same value `parse` gives for the whole text, or the same failure:
 * anything this walk does not expect (a byte-order mark, a key named `__proto__` or
 * `constructor` in the outer structure, malformed JSON, a piece `parse` refuses, nesting
 * too deep) falls back to `parse` of the whole text, which then answers as it always did.
 * The fuzz test in tests/unit/server/http/parseJsonInPieces.test.ts compares the two.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/** Containers smaller than this are parsed whole: a sync change is about 500 bytes. */
export const DEFAULT_PIECE_BYTES = 16 * 1024;

/** Thrown inside the walk, and answered by `walkInPieces`, when only the whole text's parse can answer. */
export const FELL_BACK = Symbol('fell back');

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** The index of the quote that closes the string opened at `open`, or -1. */
function stringEnd(bytes: Buffer, open: number): number {
  let at = open;
  for (;;) {
    at = bytes.indexOf(QUOTE, at + 1);
    if (at < 0) return -1;
    let backslashes = 0;
    while (bytes[at - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
}

/** Containers the table keeps room for between calls (a school day has about 3,500). */
const KEPT_CONTAINERS = 64 * 1024;

/**
 * Every container's start and end, in the order they open, and the order number of the
 * first container after each one's end (to skip a container parsed whole). Reused between
 * calls: kept warm, they cost no page faults. A body of millions of empty brackets grows
 * them to tens of megabytes; `shrink` gives that back once it is parsed.
 */
class ContainerTable {
  starts: Int32Array = new Int32Array(4096);
  ends: Int32Array = new Int32Array(4096);
  after: Int32Array = new Int32Array(4096);
  open: Int32Array = new Int32Array(256);
  count = 0;

  shrink(): void {
    if (this.starts.length > KEPT_CONTAINERS) {
      this.starts = new Int32Array(4096);
      this.ends = new Int32Array(4096);
      this.after = new Int32Array(4096);
    }
    if (this.open.length > KEPT_CONTAINERS) this.open = new Int32Array(256);
  }

  /** False when the brackets do not balance (outside strings) or a string never ends. */
  scan(bytes: Buffer): boolean {
    this.count = 0;
    let depth = 0;
    for (let at = 0, n = bytes.length; at < n; at++) {
      const c = bytes[at]!;
      if (c === QUOTE) {
        at = stringEnd(bytes, at);
        if (at < 0) return false;
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (this.count === this.starts.length) this.grow();
        if (depth === this.open.length) this.open = grown(this.open);
        this.starts[this.count] = at;
        this.open[depth++] = this.count++;
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (depth === 0) return false;
        const k = this.open[--depth]!;
        if ((bytes[this.starts[k]!] === OPEN_OBJECT) !== (c === CLOSE_OBJECT)) return false;
        this.ends[k] = at;
        this.after[k] = this.count;
      }
    }
    return depth === 0;
  }

  private grow(): void {
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.after = grown(this.after);
  }
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

const table = new ContainerTable();

/** Walks the outer containers of `bytes`, in the order the scan numbered them. */
class OuterWalk {
  at = 0;
  /** The order number of the next container the walk meets. */
  next = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly parse: (text: string) => unknown,
    private readonly pieceBytes: number,
  ) {}

  document(): unknown {
    const value = this.value();
    this.skipSpace();
    if (this.at !== this.bytes.length) throw FELL_BACK;
    return value;
  }

  private value(): unknown {
    this.skipSpace();
    const bytes = this.bytes;
    const c = bytes[this.at];
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      const k = this.next;
      if (k >= table.count || table.starts[k] !== this.at) throw FELL_BACK;
      const end = table.ends[k]!;
      if (end - this.at + 1 < this.pieceBytes) {
        this.next = table.after[k]!;
        return this.piece(end + 1);
      }
      this.next = k + 1;
      this.at++;
      const value = c === OPEN_OBJECT ? this.object() : this.array();
      if (this.at - 1 !== end) throw FELL_BACK;
      return value;
    }
    if (c === QUOTE) {
      const end = stringEnd(bytes, this.at);
      if (end < 0) throw FELL_BACK;
      return this.piece(end + 1);
    }
    // A number, true, false or null: it ends where the structure goes on.
    let end = this.at;
    while (end < bytes.length) {
      const d = bytes[end]!;
      if (d === COMMA || d === CLOSE_OBJECT || d === CLOSE_ARRAY || isSpace(d)) break;
      end++;
    }
    if (end === this.at) throw FELL_BACK;
    return this.piece(end);
  }

  private object(): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    this.skipSpace();
    if (this.bytes[this.at] === CLOSE_OBJECT) {
      this.at++;
      return object;
    }
    for (;;) {
      this.skipSpace();
      if (this.bytes[this.at] !== QUOTE) throw FELL_BACK;
      const keyEnd = stringEnd(this.bytes, this.at);
      if (keyEnd < 0) throw FELL_BACK;
      const key = JSON.parse(this.bytes.toString('utf8', this.at, keyEnd + 1)) as string;
      // The whole text's parse decides what such keys mean (refused, by Fastify's default).
      if (key === '__proto__' || key === 'constructor') throw FELL_BACK;
      this.at = keyEnd + 1;
      this.skipSpace();
      if (this.bytes[this.at] !== COLON) throw FELL_BACK;
      this.at++;
      object[key] = this.value();
      if (this.endOfMember(CLOSE_OBJECT)) return object;
    }
  }

  private array(): unknown[] {
    const array: unknown[] = [];
    this.skipSpace();
    if (this.bytes[this.at] === CLOSE_ARRAY) {
      this.at++;
      return array;
    }
    for (;;) {
      array.push(this.value());
      if (this.endOfMember(CLOSE_ARRAY)) return array;
    }
  }

  /** After a member: true at the container's close, false at a comma; anything else falls back. */
  private endOfMember(close: number): boolean {
    this.skipSpace();
    const c = this.bytes[this.at];
    this.at++;
    if (c === close) return true;
    if (c === COMMA) return false;
    throw FELL_BACK;
  }

  private piece(end: number): unknown {
    const text = this.bytes.toString('utf8', this.at, end);
    this.at = end;
    return this.parse(text);
  }

  private skipSpace(): void {
    while (this.at < this.bytes.length && isSpace(this.bytes[this.at]!)) this.at++;
  }
}

export function parseJsonInPieces(bytes: Buffer, parse: (text: string) => unknown, pieceBytes = DEFAULT_PIECE_BYTES): unknown {
  const value = walkInPieces(bytes, parse, pieceBytes);
  return value === FELL_BACK ? parse(bytes.toString('utf8')) : value;
}

/** The walk alone: the value, or FELL_BACK (exported so a test can tell the two apart). */
export function walkInPieces(bytes: Buffer, parse: (text: string) => unknown, pieceBytes = DEFAULT_PIECE_BYTES): unknown {
  // A byte-order mark, or a body small enough to parse at once.
  if (bytes.length < pieceBytes || bytes[0] === 0xef) return FELL_BACK;
  try {
    if (!table.scan(bytes)) return FELL_BACK;
    return new OuterWalk(bytes, parse, pieceBytes).document();
  } catch {
    // FELL_BACK, a piece `parse` refused, or nesting deeper than the stack.
    return FELL_BACK;
  } finally {
    table.shrink();
  }
}
