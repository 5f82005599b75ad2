import { describe, expect, it } from 'vitest';
import { isValidLogin, suggestLogin, toLatin } from '@/client/people/suggestLogin';

describe('a login suggested from a person’s name', () => {
  it('writes Kazakh and Russian letters in Latin, as a passport would', () => {
    expect(toLatin('Әсел')).toBe('asel');
    expect(toLatin('Нұрланқызы')).toBe('nurlankyzy');
    expect(toLatin('Сейітова')).toBe('seitova');
    expect(toLatin('Жұмабаев')).toBe('zhumabaev');
    expect(toLatin('Шөкенова')).toBe('shokenova');
    expect(toLatin('Үмбетов')).toBe('umbetov');
    expect(toLatin('Щукина-Ёлкина')).toBe('shchukinayolkina');
    expect(toLatin("O'Brien 2")).toBe('obrien2');
  });

  it('is the surname and the first letter of the name, then the whole name, then a number', () => {
    const person = { surname: 'Сейітова', name: 'Айгерім' };
    expect(suggestLogin(person, new Set())).toBe('seitova.a');
    expect(suggestLogin(person, new Set(['seitova.a']))).toBe('seitova.aigerim');
    expect(suggestLogin(person, new Set(['seitova.a', 'seitova.aigerim']))).toBe('seitova.a2');
    expect(suggestLogin(person, new Set(['seitova.a', 'seitova.aigerim', 'seitova.a2']))).toBe('seitova.a3');
  });

  it('is always a login the server accepts, whatever the name', () => {
    for (const person of [
      { surname: 'Ъ', name: 'Ь' },
      { surname: '', name: '' },
      { surname: 'Ли', name: '' },
      { surname: 'А'.repeat(200), name: 'Б'.repeat(200) },
      { surname: '<script>', name: '"; DROP' },
    ]) {
      const login = suggestLogin(person, new Set(['user']));
      expect(isValidLogin(login), `${login} from ${JSON.stringify(person)}`).toBe(true);
    }
  });

  it('checks a login as the server does (2-63 of a-z, 0-9, ".", "-", "_", no case)', () => {
    expect(isValidLogin('Seitova.A')).toBe(true);
    expect(isValidLogin('a')).toBe(false);
    expect(isValidLogin('.seitova')).toBe(false);
    expect(isValidLogin('сейітова')).toBe(false);
    expect(isValidLogin('a'.repeat(64))).toBe(false);
    expect(isValidLogin('a b')).toBe(false);
  });
});
