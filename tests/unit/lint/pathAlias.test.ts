/**
 * `@/` means `src/` wherever our code runs: in the tests (Vite's alias), in the type check
 * (tsconfig.json's `paths`) and in the server, which `npm start` runs with tsx.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Role as RoleByAlias } from '@/domain/roles';
// eslint-disable-next-line sandyq/layers -- the relative path on purpose: the test compares it with the alias
import { Role } from '../../../src/domain/roles';

const ROOT = join(import.meta.dirname, '../../..');

describe('the @/ path alias', () => {
  it('resolves to the same module as the relative path, in the tests and the type check', () => {
    expect(RoleByAlias).toBe(Role);
  });

  it('resolves in the server as npm start runs it (tsx)', () => {
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const out = execFileSync(tsx, ['--eval', "import('@/domain/roles').then((m) => console.log(m.Role.teacher))"], { cwd: ROOT }).toString();
    expect(out.trim()).toBe('teacher');
  });
});
