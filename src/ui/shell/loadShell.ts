/**
 * The signed-in shell, loaded on its own (it lands in the screens' chunk, which a signed-in
 * person's first screen needs anyway). The sign-in screen, which every first visit and every
 * start with no one signed in shows first, then boots without it and without what it brings
 * besides: the sync rules and the entity schemas with their schema library, a third of the
 * boot's script, evaluated before the first paint on every start. `main.tsx` starts it at boot
 * when someone is signed in, beside the interface's texts. After a sign-in it is there already:
 * the sign-in code (`loadSignIn`) came in the same chunk.
 */
import { lazy } from 'react';

let shellModule: Promise<typeof import('./Shell')> | undefined;

export function loadShell(): Promise<typeof import('./Shell')> {
  shellModule ??= import('./Shell');
  return shellModule;
}

export const LazyShell = lazy(async () => ({ default: (await loadShell()).Shell }));
