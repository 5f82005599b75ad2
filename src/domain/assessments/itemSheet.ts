/**
 * The item bank's spreadsheet format: one item per row, columns found by their header in
 * Kazakh, Russian or English (any order, extra columns ignored), so a teacher prepares
 * items in Excel and saves as .xlsx or CSV. The format is documented in the README
 * ("The item bank's spreadsheet") and written back by `writeItemSheet`.
 *
 * | column      | what                                                                 |
 * | kind        | single, multiple, number, text, matching (or бір жауап, бірнеше жауап, сан, мәтін, сәйкестік; один ответ, несколько ответов, число, текст, соответствие) |
 * | section     | the section (бөлім)                                                  |
 * | topic       | the topic (тақырып); required                                        |
 * | objective   | the learning objective's code, 5.1.2.1                               |
 * | question    | the prompt                                                           |
 * | A … F       | options; for matching "left = right"                                 |
 * | answer      | B; A, C; 3.14 ± 0.01; accepted texts separated by |                  |
 * | points      | 1 when empty                                                         |
 * | explanation | shown after answering                                                |
 * | self-check  | yes / иә / да: the key goes to pupils' laptops for practice          |
 */
import { foldForSearch } from '../searchText';
import type { Item, ItemKind } from '../entities/item';
import { ItemImportProblem as P, MAX_OPTIONS, optionIdAt, type ItemImportProblem, type ReadItem } from './itemDraft';

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

const COLUMN_WORDS = {
  kind: ['kind', 'type', 'түрі', 'тип', 'вид'],
  section: ['section', 'бөлім', 'раздел'],
  topic: ['topic', 'тақырып', 'тақырыбы', 'тема'],
  objective: ['objective', 'оқу мақсаты', 'мақсат', 'цель обучения', 'цель'],
  question: ['question', 'prompt', 'сұрақ', 'тапсырма', 'вопрос', 'задание'],
  answer: ['answer', 'key', 'жауап', 'дұрыс жауап', 'ответ', 'правильный ответ'],
  points: ['points', 'балл', 'ұпай', 'баллы'],
  explanation: ['explanation', 'түсініктеме', 'пояснение', 'объяснение'],
  selfCheck: ['self-check', 'selfcheck', 'өзін-өзі тексеру', 'самопроверка'],
} as const;
type Column = keyof typeof COLUMN_WORDS | (typeof LETTERS)[number];

const KIND_WORDS: Record<ItemKind, readonly string[]> = {
  single: ['single', 'бір жауап', 'один ответ', 'один'],
  multiple: ['multiple', 'бірнеше жауап', 'несколько ответов', 'несколько'],
  number: ['number', 'numeric', 'сан', 'число'],
  shortText: ['text', 'short text', 'shorttext', 'мәтін', 'қысқа жауап', 'текст', 'краткий ответ'],
  matching: ['matching', 'сәйкестік', 'сәйкестендіру', 'соответствие'],
};
const YES = ['yes', 'y', 'true', '1', 'иә', 'иа', 'да', '+'];

/** Which column holds what, from the first row that names a question column. */
function findColumns(rows: readonly string[][]): { header: number; at: Partial<Record<Column, number>> } | undefined {
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const at: Partial<Record<Column, number>> = {};
    rows[r]!.forEach((cell, c) => {
      const word = foldForSearch(cell).replace(/[:*]$/, '');
      for (const [column, words] of Object.entries(COLUMN_WORDS)) if ((words as readonly string[]).includes(word)) at[column as Column] ??= c;
      const letter = LETTERS.find((l) => word === l.toLowerCase());
      if (letter) at[letter] ??= c;
    });
    if (at.question !== undefined) return { header: r, at };
  }
  return undefined;
}

/** Rows of a sheet as items, each with its row number (1-based, as the spreadsheet shows it). */
export function readItemSheet(rows: readonly string[][]): ReadItem[] | { problem: 'noHeader' } {
  const found = findColumns(rows);
  if (!found) return { problem: 'noHeader' };
  const { header, at } = found;
  const out: ReadItem[] = [];
  for (let r = header + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const cell = (c: Column) => (at[c] === undefined ? '' : (row[at[c]!] ?? '').trim());
    if (row.every((v) => v.trim() === '')) continue;
    const fail = (problem: ItemImportProblem): ReadItem => ({ line: r + 1, ok: false, problem, excerpt: cell('question').slice(0, 80) });
    const prompt = cell('question');
    if (!prompt) {
      out.push(fail(P.noQuestion));
      continue;
    }
    if (!cell('topic')) {
      out.push(fail(P.noTopic));
      continue;
    }
    const texts = LETTERS.map((l) => cell(l)).filter(Boolean);
    const kindWord = foldForSearch(cell('kind'));
    const kind = kindWord
      ? (Object.entries(KIND_WORDS).find(([, words]) => words.includes(kindWord))?.[0] as ItemKind | undefined)
      : guessKind(texts, cell('answer'));
    if (!kind) {
      out.push(fail(P.unknownKind));
      continue;
    }
    const pointsText = cell('points').replace(',', '.');
    const points = pointsText ? Number(pointsText) : 1;
    if (!Number.isFinite(points) || points <= 0 || points > 100) {
      out.push(fail(P.badPoints));
      continue;
    }
    const answers = answersOf(kind, texts, cell('answer'));
    if ('problem' in answers) {
      out.push(fail(answers.problem));
      continue;
    }
    const explanation = cell('explanation');
    out.push({
      line: r + 1,
      ok: true,
      item: {
        ...answers,
        prompt,
        points,
        topic: cell('topic'),
        ...(cell('section') ? { section: cell('section') } : {}),
        ...(cell('objective') ? { objectiveCode: cell('objective') } : {}),
        ...(explanation ? { explanation } : {}),
        ...(YES.includes(foldForSearch(cell('selfCheck'))) ? { selfCheck: true } : {}),
      },
    });
  }
  return out;
}

function guessKind(options: readonly string[], answer: string): ItemKind | undefined {
  if (options.length === 0) return /^-?\d+([.,]\d+)?(\s*(±|\+-|\+\/-)\s*\d+([.,]\d+)?)?$/.test(answer) ? 'number' : answer ? 'shortText' : undefined;
  if (options.every((o) => o.includes('='))) return 'matching';
  return letterList(answer)?.length === 1 ? 'single' : 'multiple';
}

function letterList(answer: string): number[] | undefined {
  const parts = answer
    .split(/[,;\s]+/)
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean);
  // Cyrillic А, В, С typed for Latin A, B, C are the same letters to a teacher.
  const latin = parts.map((p) => ({ А: 'A', В: 'B', С: 'C', Е: 'E' })[p] ?? p);
  const indexes = latin.map((p) => LETTERS.indexOf(p as (typeof LETTERS)[number]));
  return indexes.length > 0 && indexes.every((i) => i >= 0) ? indexes : undefined;
}

type Answers = Pick<Item, 'kind' | 'key'> & Partial<Pick<Item, 'options' | 'matchOptions'>>;

function answersOf(kind: ItemKind, texts: readonly string[], answer: string): Answers | { problem: ItemImportProblem } {
  if (texts.length > MAX_OPTIONS) return { problem: P.tooManyOptions };
  const options = texts.map((text, i) => ({ id: optionIdAt(i), text }));
  switch (kind) {
    case 'single':
    case 'multiple': {
      if (options.length < 2) return { problem: P.noAnswers };
      const picked = letterList(answer);
      if (!picked || picked.some((i) => i >= options.length)) return { problem: P.badAnswerLetter };
      const ids = [...new Set(picked)].map(optionIdAt);
      if (kind === 'single') return ids.length === 1 ? { kind, options, key: { kind, optionId: ids[0]! } } : { problem: P.badAnswerLetter };
      return { kind, options, key: { kind, optionIds: ids } };
    }
    case 'number': {
      const m = /^(-?\d+(?:[.,]\d+)?)(?:\s*(?:±|\+-|\+\/-)\s*(\d+(?:[.,]\d+)?))?$/.exec(answer.trim());
      if (!m) return { problem: P.badNumber };
      return { kind, key: { kind, value: Number(m[1]!.replace(',', '.')), tolerance: m[2] ? Number(m[2].replace(',', '.')) : 0 } };
    }
    case 'shortText': {
      const accepted = answer
        .split('|')
        .map((a) => a.trim())
        .filter(Boolean);
      return accepted.length ? { kind, key: { kind, accepted } } : { problem: P.noAnswers };
    }
    case 'matching': {
      const pairs = texts.map((t) => t.split('=').map((s) => s.trim()));
      if (pairs.length < 2 || pairs.some((p) => p.length !== 2 || !p[0] || !p[1])) return { problem: P.badMatching };
      const rights = [...new Set(pairs.map((p) => p[1]!))];
      return {
        kind,
        options: pairs.map((p, i) => ({ id: optionIdAt(i), text: p[0]! })),
        matchOptions: rights.map((text, i) => ({ id: String(i + 1), text })),
        key: { kind, pairs: pairs.map((p, i) => [optionIdAt(i), String(rights.indexOf(p[1]!) + 1)] as [string, string]) },
      };
    }
  }
}

const KIND_NAME: Record<ItemKind, string> = { single: 'single', multiple: 'multiple', number: 'number', shortText: 'text', matching: 'matching' };

/** Items as rows of the same format (the header first), for CSV or a spreadsheet. */
export function writeItemSheet(items: ReadonlyArray<Item & { sectionTitle?: string; topicTitle?: string; objectiveCode?: string }>): string[][] {
  const header = ['kind', 'section', 'topic', 'objective', 'question', ...LETTERS, 'answer', 'points', 'explanation', 'self-check'];
  const rows = items.map((item) => {
    const letters = LETTERS.map((_, i) => {
      const o = item.options?.[i];
      if (!o) return '';
      if (item.key.kind !== 'matching') return o.text;
      const right = item.key.pairs.find(([l]) => l === o.id)?.[1];
      return `${o.text} = ${item.matchOptions?.find((m) => m.id === right)?.text ?? ''}`;
    });
    return [
      KIND_NAME[item.kind],
      item.sectionTitle ?? '',
      item.topicTitle ?? '',
      item.objectiveCode ?? '',
      item.prompt,
      ...letters,
      keyText(item),
      String(item.points),
      item.explanation ?? '',
      item.selfCheck ? 'yes' : '',
    ];
  });
  return [header, ...rows];
}

function keyText(item: Item): string {
  const letter = (id: string) => LETTERS[(item.options ?? []).findIndex((o) => o.id === id)] ?? '';
  const key = item.key;
  switch (key.kind) {
    case 'single':
      return letter(key.optionId);
    case 'multiple':
      return key.optionIds.map(letter).join(', ');
    case 'number':
      return key.tolerance ? `${key.value} ± ${key.tolerance}` : String(key.value);
    case 'shortText':
      return key.accepted.join(' | ');
    case 'matching':
      return '';
  }
}
