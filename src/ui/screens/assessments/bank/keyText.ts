/** An item's answer key in words, for staff: the right options' texts, the number and its tolerance, the accepted texts, the pairs. */
import type { Item } from '@/domain/entities/item';

export function keyText(item: Pick<Item, 'key' | 'options' | 'matchOptions'>): string {
  const option = (id: string) => item.options?.find((o) => o.id === id)?.text ?? id;
  const key = item.key;
  switch (key.kind) {
    case 'single':
      return option(key.optionId);
    case 'multiple':
      return key.optionIds.map(option).join('; ');
    case 'number':
      return key.tolerance ? `${key.value} ± ${key.tolerance}` : String(key.value);
    case 'shortText':
      return key.accepted.join(' | ');
    case 'matching':
      return key.pairs.map(([l, r]) => `${option(l)} → ${item.matchOptions?.find((o) => o.id === r)?.text ?? r}`).join('; ');
  }
}
