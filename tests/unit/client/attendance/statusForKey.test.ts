import { describe, expect, it } from 'vitest';
import { statusForKey } from '@/client/attendance/statusForKey';

describe('statusForKey: keys that set a status in the register', () => {
  it('the journal letters of both languages, either case', () => {
    expect(['н', 'Н', 'п', 'б', 'о'].map((key) => statusForKey({ key, code: '' }))).toEqual(['absent', 'absent', 'excused', 'ill', 'late']);
    expect(['Ж', 'ж', 'Д', 'А', 'К'].map((key) => statusForKey({ key, code: '' }))).toEqual(['absent', 'absent', 'excused', 'ill', 'late']);
  });

  it('digits 1-5 by position: present, absent, excused, ill, late (the Kazakh layout types letters there)', () => {
    expect(['Digit1', 'Digit2', 'Digit3', 'Numpad4', 'Digit5'].map((code) => statusForKey({ key: 'ә', code }))).toEqual([
      'present',
      'absent',
      'excused',
      'ill',
      'late',
    ]);
    expect(statusForKey({ key: '3', code: '' })).toBe('excused');
  });

  it('the keys where the letters are printed, when a Latin layout is on', () => {
    expect(['KeyY', 'KeyG', 'Comma', 'KeyJ'].map((code) => statusForKey({ key: 'x', code }))).toEqual(['absent', 'excused', 'ill', 'late']);
    expect(['Semicolon', 'KeyL', 'KeyF', 'KeyR'].map((code) => statusForKey({ key: 'x', code }))).toEqual(['absent', 'excused', 'ill', 'late']);
  });

  it('nothing for other keys, space, or a key with Ctrl, Alt or Meta (browser shortcuts stay)', () => {
    expect(statusForKey({ key: ' ', code: 'Space' })).toBeUndefined();
    expect(statusForKey({ key: 'ArrowDown', code: 'ArrowDown' })).toBeUndefined();
    expect(statusForKey({ key: 'q', code: 'KeyQ' })).toBeUndefined();
    expect(statusForKey({ key: 'r', code: 'KeyR', ctrlKey: true })).toBeUndefined();
    expect(statusForKey({ key: '6', code: 'Digit6' })).toBeUndefined();
  });
});
