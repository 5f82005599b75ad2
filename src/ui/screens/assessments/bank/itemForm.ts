/**
 * The item editor's state and its translation to and from an item: options as lines of
 * text with which are right, a matching item as left and right texts side by side (the
 * right column is the distinct right texts), accepted short answers one per line.
 */
import type { ItemInput } from '@/client/assessments/itemCommands';
import type { BankItem } from '@/client/assessments/readItemBank';
import { titleOf } from '@/client/assessments/readItemBank';
import type { ItemKind } from '@/domain/entities/item';
import type { Language } from '@/domain/language';

export interface OptionLine {
  readonly text: string;
  readonly right: boolean;
  /** The matching right-hand text. */
  readonly match: string;
}

export interface ItemFormState {
  readonly kind: ItemKind;
  readonly prompt: string;
  readonly options: readonly OptionLine[];
  readonly numberValue: string;
  readonly tolerance: string;
  readonly accepted: string;
  readonly points: string;
  readonly explanation: string;
  readonly subjectId: string;
  readonly grade: number;
  readonly language: Language;
  readonly section: string;
  readonly topic: string;
  readonly objectiveCode: string;
  readonly selfCheck: boolean;
  readonly resourceId: string;
}

const blankOptions = (): OptionLine[] => [0, 1, 2, 3].map(() => ({ text: '', right: false, match: '' }));

export function emptyItemForm(defaults: { subjectId?: string | undefined; grade?: number | undefined; language: Language }): ItemFormState {
  return {
    kind: 'single',
    prompt: '',
    options: blankOptions(),
    numberValue: '',
    tolerance: '',
    accepted: '',
    points: '1',
    explanation: '',
    subjectId: defaults.subjectId ?? '',
    grade: defaults.grade ?? 5,
    language: defaults.language,
    section: '',
    topic: '',
    objectiveCode: '',
    selfCheck: false,
    resourceId: '',
  };
}

export function itemFormOf(bank: BankItem, language: string): ItemFormState {
  const i = bank.item;
  const key = i.key;
  const options: OptionLine[] = (i.options ?? []).map((o) => {
    const right = key.kind === 'single' ? key.optionId === o.id : key.kind === 'multiple' ? key.optionIds.some((id) => id === o.id) : false;
    const matchId = key.kind === 'matching' ? key.pairs.find(([l]) => l === o.id)?.[1] : undefined;
    return { text: o.text, right, match: i.matchOptions?.find((m) => m.id === matchId)?.text ?? '' };
  });
  return {
    kind: i.kind,
    prompt: i.prompt,
    options: options.length ? options : blankOptions(),
    numberValue: key.kind === 'number' ? String(key.value) : '',
    tolerance: key.kind === 'number' && key.tolerance ? String(key.tolerance) : '',
    accepted: key.kind === 'shortText' ? key.accepted.join('\n') : '',
    points: String(i.points),
    explanation: i.explanation ?? '',
    subjectId: i.subjectId,
    grade: i.grade,
    language: i.language,
    section: titleOf(bank.sectionTitles, language),
    topic: titleOf(bank.topicTitles, language),
    objectiveCode: bank.objectiveCode ?? '',
    selfCheck: i.selfCheck === true,
    resourceId: i.resourceId ?? '',
  };
}

const num = (text: string): number => (text.trim() === '' ? NaN : Number(text.trim().replace(',', '.')));

/** The item the form describes; the schema and the command say what is wrong with it. */
export function itemInputOf(f: ItemFormState): ItemInput {
  const filled = f.options.filter((o) => o.text.trim() !== '');
  const options = filled.map((o, i) => ({ id: String.fromCharCode(97 + i), text: o.text.trim() }));
  const base = {
    kind: f.kind,
    prompt: f.prompt.trim(),
    points: num(f.points),
    subjectId: f.subjectId,
    grade: f.grade,
    language: f.language,
    topic: f.topic,
    ...(f.section.trim() ? { section: f.section.trim() } : {}),
    ...(f.objectiveCode.trim() ? { objectiveCode: f.objectiveCode.trim() } : {}),
    ...(f.explanation.trim() ? { explanation: f.explanation.trim() } : {}),
    ...(f.selfCheck ? { selfCheck: true } : {}),
    ...(f.resourceId ? { resourceId: f.resourceId } : {}),
  };
  switch (f.kind) {
    case 'single':
      return { ...base, options, key: { kind: 'single', optionId: options[filled.findIndex((o) => o.right)]?.id ?? '' } };
    case 'multiple':
      return { ...base, options, key: { kind: 'multiple', optionIds: filled.flatMap((o, i) => (o.right ? [options[i]!.id] : [])) } };
    case 'number':
      return { ...base, key: { kind: 'number', value: num(f.numberValue), tolerance: f.tolerance.trim() ? num(f.tolerance) : 0 } };
    case 'shortText':
      return {
        ...base,
        key: {
          kind: 'shortText',
          accepted: f.accepted
            .split('\n')
            .map((a) => a.trim())
            .filter(Boolean),
        },
      };
    case 'matching': {
      const rights = [...new Set(filled.map((o) => o.match.trim()).filter(Boolean))];
      const matchOptions = rights.map((text, i) => ({ id: String(i + 1), text }));
      const pairs = filled.flatMap((o, i) =>
        o.match.trim() ? [[options[i]!.id, String(rights.indexOf(o.match.trim()) + 1)] as [string, string]] : [],
      );
      return { ...base, options, matchOptions, key: { kind: 'matching', pairs } };
    }
  }
}
