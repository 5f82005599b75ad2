import { describe, expect, it } from 'vitest';
import { pickLocalized } from '@/domain/language';

describe('pickLocalized', () => {
  it('takes the first preferred language that has the text', () => {
    expect(pickLocalized({ kk: 'Алгебра', ru: 'Алгебра (ru)' }, ['ru', 'kk'])).toBe('Алгебра (ru)');
    expect(pickLocalized({ kk: 'Бөлшектер' }, ['ru', 'en'])).toBe('Бөлшектер');
  });

  it('gives an empty string when no language has it', () => {
    expect(pickLocalized({}, ['kk'])).toBe('');
  });
});
