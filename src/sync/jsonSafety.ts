/**
 * Values a device may send that PostgreSQL cannot store or that would exhaust a parser:
 * text with a NUL character or half of a surrogate pair (jsonb refuses both, and one such
 * value used to fail the whole batch's transaction), and JSON nested deeper than
 * `MAX_JSON_DEPTH`. Checked per mutation before anything is stored (rule V1, V2), so such
 * a value refuses its own change and never the rest of the batch.
 */

/** Deep enough for every entity (a lesson plan's stages hold lists of objects); far below what a parser or jsonb chokes on. */
export const MAX_JSON_DEPTH = 32;

export const JsonProblem = {
  unsafeText: 'unsafeText',
  tooDeep: 'tooDeep',
} as const;
export type JsonProblem = (typeof JsonProblem)[keyof typeof JsonProblem];

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const UNSAFE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** `String.prototype.isWellFormed` (ES2024: no lone surrogate), where the engine has it. */
const hasIsWellFormed = typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function';

/**
 * Text that PostgreSQL stores and every device can show. Asked of every string of every
 * change a server screens: the engine's own `isWellFormed` and a search for NUL answer
 * the same as the pattern in a third of the time (jsonSafety.test.ts compares them).
 */
export function isSafeText(text: string): boolean {
  if (!hasIsWellFormed) return isSafeTextByPattern(text);
  return (text as string & { isWellFormed(): boolean }).isWellFormed() && !text.includes('\u0000');
}

/** The same answer by one pattern: engines without `isWellFormed`, and the reference of the tests. */
export function isSafeTextByPattern(text: string): boolean {
  return !UNSAFE_TEXT.test(text);
}

/**
 * What is wrong with a JSON value (strings and object keys at every depth), if anything.
 * Iterative, so a value nested a million deep cannot overflow the stack here.
 */
export function jsonProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): JsonProblem | undefined {
  // Most fields are a string, a number or a flag: checked without the walk's allocations.
  if (typeof value === 'string') return isSafeText(value) ? undefined : JsonProblem.unsafeText;
  if (value === null || typeof value !== 'object') return undefined;
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (typeof v === 'string') {
      if (!isSafeText(v)) return JsonProblem.unsafeText;
    } else if (v !== null && typeof v === 'object') {
      if (depth >= maxDepth) return JsonProblem.tooDeep;
      if (Array.isArray(v)) {
        for (const item of v) stack.push({ value: item, depth: depth + 1 });
      } else {
        for (const [key, item] of Object.entries(v)) {
          if (!isSafeText(key)) return JsonProblem.unsafeText;
          stack.push({ value: item, depth: depth + 1 });
        }
      }
    }
  }
  return undefined;
}
