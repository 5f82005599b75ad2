import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEVICE_PROFILE_ID, languagePreferenceKey, readLanguagePreference, writeLanguagePreference } from '@/client/i18n/languagePreference';
import { installMemoryStorage } from '../stores/memoryStorage';

describe('language preference', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = installMemoryStorage();
  });
  afterEach(() => restore());

  it('is nothing until someone chooses', () => {
    expect(readLanguagePreference(undefined)).toBeUndefined();
    expect(readLanguagePreference('p1')).toBeUndefined();
  });

  it('is kept per profile, and the device remembers the last choice for profiles that have none', () => {
    writeLanguagePreference('p1', 'ru');
    writeLanguagePreference('p2', 'en');
    expect(readLanguagePreference('p1')).toBe('ru');
    expect(readLanguagePreference('p2')).toBe('en');
    expect(readLanguagePreference('p3')).toBe('en');
    expect(readLanguagePreference(undefined)).toBe('en');
    expect(localStorage.getItem(languagePreferenceKey(DEVICE_PROFILE_ID))).toBe('en');
  });

  it('ignores a value that is not a supported language', () => {
    localStorage.setItem(languagePreferenceKey('p1'), 'de');
    expect(readLanguagePreference('p1')).toBeUndefined();
  });
});
