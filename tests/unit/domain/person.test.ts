import { describe, expect, it } from 'vitest';
import { compareByName, fullName } from '@/domain/person';

const teacher = { surname: 'Ахметов', name: 'Ержан', patronymic: 'Болатұлы' };
const pupil = { surname: ' Сейітова ', name: 'Аружан' };

describe('fullName', () => {
  it('writes surname, name, patronymic in official lists', () => {
    expect(fullName(teacher)).toBe('Ахметов Ержан Болатұлы');
    expect(fullName(teacher, 'official')).toBe('Ахметов Ержан Болатұлы');
  });

  it('skips a missing patronymic and stray spaces', () => {
    expect(fullName(pupil, 'official')).toBe('Сейітова Аружан');
    expect(fullName({ ...pupil, patronymic: '  ' }, 'initials')).toBe('Сейітова А.');
  });

  it('gives initials, a given-name-first form and the form of address', () => {
    expect(fullName(teacher, 'initials')).toBe('Ахметов Е. Б.');
    expect(fullName(pupil, 'given')).toBe('Аружан Сейітова');
    expect(fullName(teacher, 'address')).toBe('Ержан Болатұлы');
  });

  it('orders people by surname first', () => {
    const sorted = [teacher, pupil, { surname: 'Ахметов', name: 'Азамат' }].sort((a, b) => compareByName(a, b));
    expect(sorted.map((p) => fullName(p, 'initials'))).toEqual(['Ахметов А.', 'Ахметов Е. Б.', 'Сейітова А.']);
  });
});
