/**
 * Moodle's GIFT text format (docs.moodle.org/en/GIFT_format), read into item drafts and
 * written from items, so a teacher's existing Moodle question banks come in and go out.
 *
 * Read: multiple choice (`{=right ~wrong}`), multiple answers by weights (`{~%50%a ~%50%b ~%-100%c}`),
 * true/false (`{T}`), short answer (`{=one =other}`), numerical (`{#3.14:0.01}`, `{#1..5}`),
 * matching (`{=a -> 1 =b -> 2}`); `::title::` is dropped, `// comments` skipped, `$CATEGORY:`
 * paths give the section and topic of the items after them (the last two parts), general
 * feedback (`####text`) becomes the explanation; text after the answer block stays in the
 * question with a blank in its place. Essays and descriptions are refused, each with its line:
 * written work is an assessment's written task, marked by descriptors.
 */
import type { Language } from '../language';
import type { Item, ItemKey } from '../entities/item';
import { ItemImportProblem, ItemImportProblem as P, MAX_OPTIONS, optionIdAt, type ItemDraft, type ReadItem } from './itemDraft';

const TRUE_FALSE: Record<Language, [string, string]> = { kk: ['Дұрыс', 'Бұрыс'], ru: ['Верно', 'Неверно'], en: ['True', 'False'] };
const FORMAT_TAG = /^\[(html|moodle|plain|markdown)\]/i;
const BLANK = '_____';

export function readGift(text: string, language: Language): ReadItem[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: ReadItem[] = [];
  let category: { section?: string; topic?: string } = {};
  let block: string[] = [];
  let blockLine = 0;
  const flush = () => {
    const source = block.join('\n').trim();
    block = [];
    if (source) out.push(readQuestion(source, blockLine, category, language));
  };
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line.trim().startsWith('//')) return;
    const cat = /^\s*\$CATEGORY:\s*(.*)$/i.exec(line);
    if (cat) {
      flush();
      category = categoryOf(cat[1]!);
      return;
    }
    if (line.trim() === '') {
      if (!insideBraces(block.join('\n'))) flush();
      else block.push(line);
      return;
    }
    if (block.length === 0) blockLine = i + 1;
    block.push(line);
  });
  flush();
  return out;
}

function categoryOf(path: string): { section?: string; topic?: string } {
  const parts = path
    .split('/')
    .map((p) => p.trim())
    .filter((p) => p && !/^\$\w+\$$/.test(p) && p.toLowerCase() !== 'top');
  if (parts.length === 0) return {};
  if (parts.length === 1) return { topic: parts[0]! };
  return { section: parts[parts.length - 2]!, topic: parts[parts.length - 1]! };
}

/** Whether an answer block is open at the end of `text` (a blank line inside braces does not end a question). */
function insideBraces(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

function unescape(s: string): string {
  return s
    .replace(/\\n/g, '\n')
    .replace(/\\([~=#{}:\\])/g, '$1')
    .trim();
}

/** Index of the first unescaped `ch` from `from`, or -1. */
function findUnescaped(s: string, ch: string, from = 0): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ch) return i;
  }
  return -1;
}

function readQuestion(source: string, line: number, category: { section?: string; topic?: string }, language: Language): ReadItem {
  const fail = (problem: ItemImportProblem): ReadItem => ({
    line,
    ok: false,
    problem,
    excerpt: source.slice(0, 80),
  });
  let body = source;
  const title = /^::(.*?)::/s.exec(body);
  if (title) body = body.slice(title[0].length);
  const open = findUnescaped(body, '{');
  if (open < 0) return fail(P.unsupportedKind); // a description: text without a question
  const close = findUnescaped(body, '}', open + 1);
  if (close < 0) return fail(P.unclosedBrace);
  const before = body.slice(0, open).replace(FORMAT_TAG, '');
  const after = body.slice(close + 1);
  const prompt = unescape(after.trim() ? `${before.trim()} ${BLANK} ${after.trim()}` : before);
  if (!prompt) return fail(P.noQuestion);
  let answers = body.slice(open + 1, close);
  let explanation: string | undefined;
  const general = answers.indexOf('####');
  if (general >= 0) {
    explanation = unescape(answers.slice(general + 4)) || undefined;
    answers = answers.slice(0, general);
  }
  const parsed = readAnswers(answers.trim(), language);
  if ('problem' in parsed) return fail(parsed.problem);
  if (prompt.length > 10_000) return fail(P.tooLong);
  const item: ItemDraft = {
    ...parsed,
    prompt,
    points: 1,
    ...(explanation ? { explanation } : {}),
    ...(category.section ? { section: category.section } : {}),
    ...(category.topic ? { topic: category.topic } : {}),
  };
  return { line, ok: true, item };
}

type Answers = Pick<Item, 'kind' | 'key'> & Partial<Pick<Item, 'options' | 'matchOptions'>>;

function readAnswers(block: string, language: Language): Answers | { problem: ItemImportProblem } {
  if (block === '') return { problem: P.unsupportedKind }; // an essay
  if (block.startsWith('#')) return readNumber(block.slice(1));
  const tf = /^(T|TRUE|F|FALSE)\s*(#.*)?$/is.exec(block);
  if (tf) {
    const isTrue = tf[1]!.toUpperCase().startsWith('T');
    const [yes, no] = TRUE_FALSE[language];
    return {
      kind: 'single',
      options: [
        { id: 'a', text: yes },
        { id: 'b', text: no },
      ],
      key: { kind: 'single', optionId: isTrue ? 'a' : 'b' },
    };
  }
  const tokens = splitAnswers(block);
  if (tokens.length === 0) return { problem: P.noAnswers };
  if (tokens.length > MAX_OPTIONS) return { problem: P.tooManyOptions };
  if (tokens.some((t) => t.text.includes('->'))) return readMatching(tokens);
  if (tokens.every((t) => t.mark === '=')) {
    const accepted = tokens.map((t) => t.text).filter(Boolean);
    return accepted.length ? { kind: 'shortText', key: { kind: 'shortText', accepted } } : { problem: P.noAnswers };
  }
  const options = tokens.map((t, i) => ({ id: optionIdAt(i), text: t.text }));
  if (options.some((o) => !o.text)) return { problem: P.noAnswers };
  const weighted = tokens.some((t) => t.weight !== undefined);
  const right = tokens.flatMap((t, i) => ((t.weight ?? (t.mark === '=' ? 100 : 0)) > 0 ? [optionIdAt(i)] : []));
  if (right.length === 0) return { problem: P.noCorrectAnswer };
  if (!weighted && right.length === 1) return { kind: 'single', options, key: { kind: 'single', optionId: right[0]! } };
  return { kind: 'multiple', options, key: { kind: 'multiple', optionIds: right } };
}

interface Token {
  mark: '=' | '~';
  text: string;
  weight?: number;
}

function splitAnswers(block: string): Token[] {
  const tokens: Token[] = [];
  let current: Token | undefined;
  let buf = '';
  const end = () => {
    if (!current) return;
    let raw = buf;
    const weight = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(raw);
    if (weight) {
      current.weight = Number(weight[1]);
      raw = raw.slice(weight[0].length);
    }
    const feedback = findUnescaped(raw, '#');
    current.text = unescape(feedback >= 0 ? raw.slice(0, feedback) : raw);
    tokens.push(current);
  };
  for (let i = 0; i < block.length; i++) {
    const c = block[i]!;
    if (c === '\\') {
      buf += c + (block[i + 1] ?? '');
      i++;
    } else if (c === '=' || c === '~') {
      end();
      current = { mark: c, text: '' };
      buf = '';
    } else buf += c;
  }
  end();
  return tokens;
}

function readMatching(tokens: readonly Token[]): Answers | { problem: ItemImportProblem } {
  const pairs = tokens.map((t) => t.text.split('->').map((s) => s.trim()));
  if (tokens.some((t) => t.mark !== '=') || pairs.length < 2 || pairs.some((p) => p.length !== 2 || !p[0] || !p[1]))
    return { problem: P.badMatching };
  const options = pairs.map((p, i) => ({ id: optionIdAt(i), text: p[0]! }));
  // Right-hand texts may repeat (two things with one answer): one right option per distinct text.
  const rights = [...new Set(pairs.map((p) => p[1]!))];
  const matchOptions = rights.map((text, i) => ({ id: String(i + 1), text }));
  const key: ItemKey = { kind: 'matching', pairs: pairs.map((p, i) => [optionIdAt(i), String(rights.indexOf(p[1]!) + 1)] as [string, string]) };
  return { kind: 'matching', options, matchOptions, key };
}

function readNumber(block: string): Answers | { problem: ItemImportProblem } {
  const first = block
    .trim()
    .replace(/^=/, '')
    .split(/(?<!\\)=/)[0]!;
  const value = first.replace(/#.*$/s, '').trim().replace(',', '.');
  const range = /^(-?[\d.]+)\s*\.\.\s*(-?[\d.]+)$/.exec(value);
  if (range) {
    const [lo, hi] = [Number(range[1]), Number(range[2])];
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) return { problem: P.badNumber };
    return { kind: 'number', key: { kind: 'number', value: (lo + hi) / 2, tolerance: (hi - lo) / 2 } };
  }
  const m = /^(-?\d+(?:\.\d+)?(?:e-?\d+)?)(?:\s*:\s*(\d+(?:\.\d+)?))?$/i.exec(value);
  if (!m) return { problem: P.badNumber };
  return { kind: 'number', key: { kind: 'number', value: Number(m[1]), tolerance: m[2] ? Number(m[2]) : 0 } };
}

const escapeGift = (s: string) => s.replace(/([~=#{}:\\])/g, '\\$1').replace(/\n/g, '\\n');

/** Items as GIFT, grouped under `$CATEGORY:` lines by section and topic names. */
export function writeGift(items: ReadonlyArray<Item & { sectionTitle?: string; topicTitle?: string }>): string {
  const out: string[] = [];
  let lastCategory = '';
  for (const item of items) {
    const category = [item.sectionTitle, item.topicTitle].filter(Boolean).join('/');
    if (category && category !== lastCategory) {
      out.push(`$CATEGORY: ${category.replace(/\n/g, ' ')}`, '');
      lastCategory = category;
    }
    const general = item.explanation ? ` ####${escapeGift(item.explanation)}` : '';
    out.push(`${escapeGift(item.prompt)} {${answersOf(item)}${general}}`, '');
  }
  return out.join('\n');
}

function answersOf(item: Item): string {
  const key = item.key;
  const text = (id: string) => escapeGift(item.options?.find((o) => o.id === id)?.text ?? '');
  switch (key.kind) {
    case 'single':
      return (item.options ?? []).map((o) => `${o.id === key.optionId ? '=' : '~'}${escapeGift(o.text)}`).join(' ');
    case 'multiple': {
      const share = Math.round((100 / key.optionIds.length) * 1e5) / 1e5;
      return (item.options ?? []).map((o) => (key.optionIds.includes(o.id) ? `~%${share}%` : '~%-100%') + escapeGift(o.text)).join(' ');
    }
    case 'number':
      return `#${key.value}${key.tolerance ? `:${key.tolerance}` : ''}`;
    case 'shortText':
      return key.accepted.map((a) => `=${escapeGift(a)}`).join(' ');
    case 'matching':
      return key.pairs.map(([l, r]) => `=${text(l)} -> ${escapeGift(item.matchOptions?.find((o) => o.id === r)?.text ?? '')}`).join(' ');
  }
}
