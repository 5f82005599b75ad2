/**
 * The walls between layers fail the lint, through ESLint's Node API and the project's own
 * eslint.config.js, on code held in memory at a path inside the layer: each wall is shown
 * broken once (an error naming it) and kept once (no error).
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The wall messages ESLint gives `code` saved at `path`. */
async function wallErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result!.messages.filter((m) => m.ruleId === 'sandyq/layers').map((m) => m.message);
}

const CASES: Array<{ wall: string; path: string; breaks: string; keeps: string }> = [
  {
    wall: 'src/domain imports nothing of ours outside src/domain',
    path: 'src/domain/grading/scratch.ts',
    breaks: "import { mergeRow } from '../../sync/mergeRow';\nexport const f = mergeRow;\n",
    keeps: "import { Role } from '../roles';\nexport const r = Role.head;\n",
  },
  {
    wall: 'src/sync imports only src/domain',
    path: 'src/sync/scratch.ts',
    breaks: "import type { AuthContext } from '../server/auth/authContext';\nexport type A = AuthContext;\n",
    keeps: "import { Role } from '../domain/roles';\nimport { TABLE_RULES } from './tableRules';\nexport const r = [Role.head, TABLE_RULES];\n",
  },
  {
    wall: 'src/ui never imports src/client/db',
    path: 'src/ui/screens/scratch/Scratch.tsx',
    breaks: "import { openDataDb } from '@/client/db/openDataDb';\nexport const f = openDataDb;\n",
    keeps: "import { primaryRole } from '@/client/auth/dataDbName';\nexport const f = primaryRole;\n",
  },
  {
    wall: 'src/server never imports src/client or src/ui',
    path: 'src/server/scratch/scratch.ts',
    breaks: "export { dataDbNameFor } from '../../client/auth/dataDbName';\n",
    keeps: "export { TABLE_RULES } from '@/sync/tableRules';\n",
  },
  {
    wall: 'Dexie only inside src/client/db',
    path: 'src/client/attendance/scratch.ts',
    breaks: "import Dexie from 'dexie';\nexport const D = Dexie;\n",
    keeps: "import { z } from 'zod';\nexport const s = z.string();\n",
  },
  {
    wall: 'zustand only inside src/client/stores',
    path: 'src/ui/shell/scratch.ts',
    breaks: "export const load = () => import('zustand');\n",
    keeps: "export const load = () => import('react');\n",
  },
];

describe('the walls between layers (npm run lint)', () => {
  for (const c of CASES) {
    it(`${c.wall}: crossing it is a lint error`, async () => {
      const errors = await wallErrors(c.path, c.breaks);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/crosses a wall/);
    });
    it(`${c.wall}: an import inside it passes`, async () => {
      expect(await wallErrors(c.path, c.keeps)).toEqual([]);
    });
  }

  it('the wall applies to the `@/` alias as to relative paths', async () => {
    expect(await wallErrors('src/sync/scratch.ts', "import { x } from '@/client/db/x';\nexport const y = x;\n")).toHaveLength(1);
    expect(await wallErrors('src/sync/scratch.ts', "import { Role } from '@/domain/roles';\nexport const y = Role;\n")).toEqual([]);
  });

  it('a relative path that climbs two folders or more into src/ is an error naming the alias; one folder up is fine', async () => {
    const errors = await wallErrors('src/ui/screens/scratch/Scratch.tsx', "import { Role } from '../../../domain/roles';\nexport const r = Role;\n");
    expect(errors).toEqual([expect.stringContaining("'@/domain/roles'")]);
    expect(
      await wallErrors('tests/unit/scratch/scratch.test.ts', "import { Role } from '../../../src/domain/roles';\nexport const r = Role;\n"),
    ).toHaveLength(1);
    expect(await wallErrors('src/ui/screens/scratch/Scratch.tsx', "import { Field } from '../Field';\nexport const f = Field;\n")).toEqual([]);
  });
});
