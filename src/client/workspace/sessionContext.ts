/**
 * The signed-in person, handed down from the shell to every screen below it. Holds no
 * database: the first paint must not wait for IndexedDB (or load Dexie), so a feature opens
 * the person's database only when one of its hooks asks (`useWorkspace`).
 */
import { createContext, useContext } from 'react';
import type { SignedInUser } from '../stores/sessionStore';

export const SessionContext = createContext<SignedInUser | null>(null);

/** The person the shell shows; throws outside a signed-in shell (a screen rendered alone). */
export function useSignedInUser(): SignedInUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useSignedInUser: no signed-in shell above this component');
  return user;
}
