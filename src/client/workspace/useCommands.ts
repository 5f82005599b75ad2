/**
 * A feature's commands bound to the signed-in person's workspace. A command is written
 * once as a plain function of `(db, author, ...input)`, testable on its own with a
 * fake-indexeddb database; a screen gets it bound, as `(...input)`, and never sees the
 * database or builds an author.
 */
import { useMemo } from 'react';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { useWorkspace } from './useWorkspace';
import type { Workspace } from './workspace';

// `never[]` rest: any command's own inputs are accepted here (parameters are contravariant).
type Command = (db: SandyqDb, author: Author, ...input: never[]) => unknown;
type Bound<C> = C extends (db: SandyqDb, author: Author, ...input: infer I) => infer R ? (...input: I) => R : never;
export type BoundCommands<C extends Record<string, Command>> = { readonly [K in keyof C]: Bound<C[K]> };

export function bindCommands<C extends Record<string, Command>>(workspace: Pick<Workspace, 'db' | 'author'>, commands: C): BoundCommands<C> {
  const bound: Record<string, unknown> = {};
  for (const [name, command] of Object.entries(commands)) {
    bound[name] = (...input: never[]) => command(workspace.db, workspace.author, ...input);
  }
  return bound as BoundCommands<C>;
}

export function useCommands<C extends Record<string, Command>>(commands: C): BoundCommands<C> {
  const workspace = useWorkspace();
  return useMemo(() => bindCommands(workspace, commands), [workspace, commands]);
}
