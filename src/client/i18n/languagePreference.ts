/**
 * Which language each person on this device chose, kept in localStorage under a key per
 * profile id. Until sign-in (issue 3) the profile is the device profile picked on the
 * first-run screen; before anyone is picked the id is `device`, which also serves as the
 * device's last choice for a profile that has not chosen yet.
 *
 * Do not rename the key prefix without a migration: it holds people's choices.
 */
import { isLanguage, type Language } from './languages';

export const DEVICE_PROFILE_ID = 'device';
const KEY_PREFIX = 'sandyq.language.';

export function languagePreferenceKey(profileId: string): string {
  return `${KEY_PREFIX}${profileId}`;
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function readLanguagePreference(profileId: string | undefined): Language | undefined {
  const storage = safeStorage();
  if (!storage) return undefined;
  for (const id of [profileId, DEVICE_PROFILE_ID]) {
    if (!id) continue;
    const value = storage.getItem(languagePreferenceKey(id));
    if (isLanguage(value)) return value;
  }
  return undefined;
}

export function writeLanguagePreference(profileId: string | undefined, language: Language): void {
  const storage = safeStorage();
  if (!storage) return;
  try {
    storage.setItem(languagePreferenceKey(DEVICE_PROFILE_ID), language);
    if (profileId) storage.setItem(languagePreferenceKey(profileId), language);
  } catch {
    // A full or blocked localStorage only loses the preference, never data.
  }
}
