/**
 * ESLint: typescript-eslint's recommended rules, React's rules of hooks, and the walls between
 * the layers (README, "Architecture"): a layer that reaches past its neighbour fails `npm run
 * lint`, and so `npm test`. tests/unit/lint/boundaries.test.ts shows each wall failing.
 */
import Module from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// typescript-eslint 8 parses with TypeScript's JavaScript API, which TypeScript 7 (our `tsc`)
// no longer ships: its parser is handed TypeScript 5.9, installed as `typescript-js-api`,
// until typescript-eslint reads TypeScript 7 itself. Parsing only: types are `tsc`'s job.
const require = Module.createRequire(import.meta.url);
const typescriptJsApi = require.resolve('typescript-js-api');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === 'typescript' ? typescriptJsApi : request, ...rest);
};
const { default: tseslint } = await import('typescript-eslint');
const { default: reactHooks } = await import('eslint-plugin-react-hooks');

const ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * The walls. `from`: the folder whose files are checked; `allow`: the only folders of ours it
 * may import from; `deny`: folders it must not import from. Folders are relative to the root.
 */
const WALLS = [
  { from: 'src/domain', allow: ['src/domain'], why: 'src/domain is pure: it imports nothing of ours outside src/domain' },
  { from: 'src/sync', allow: ['src/sync', 'src/domain'], why: 'src/sync, shared by client and server, imports only src/domain' },
  { from: 'src/ui', deny: ['src/client/db'], why: 'a screen never touches the database: use the feature’s reads and commands in src/client' },
  { from: 'src/server', deny: ['src/client', 'src/ui'], why: 'the server never imports browser code (src/client, src/ui)' },
];

/** Libraries reached through one module of ours (STYLE.md), by package name. */
const LIBRARY_HOMES = [
  { packages: ['dexie'], home: 'src/client/db', why: 'Dexie is used only inside src/client/db' },
  { packages: ['zustand'], home: 'src/client/stores', why: 'zustand is used only inside src/client/stores' },
];

const isInside = (path, folder) => path === folder || path.startsWith(`${folder}/`);
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** The import's target as a root-relative path, or undefined for a package. */
function targetOf(specifier, importer) {
  if (specifier.startsWith('@/')) return `src/${specifier.slice(2)}`;
  if (!specifier.startsWith('.')) return undefined;
  return relative(ROOT, resolve(dirname(importer), specifier))
    .split(sep)
    .join('/');
}

/** Why `importer` (root-relative) may not import `specifier`, or undefined when it may. */
export function wallBroken(importer, specifier, importerPath) {
  const target = targetOf(specifier, importerPath);
  if (target === undefined) {
    const library = LIBRARY_HOMES.find((l) => l.packages.includes(packageOf(specifier)));
    return library && isInside(importer, 'src') && !isInside(importer, library.home) ? library.why : undefined;
  }
  for (const wall of WALLS) {
    if (!isInside(importer, wall.from)) continue;
    if (wall.allow && !wall.allow.some((f) => isInside(target, f))) return wall.why;
    if (wall.deny && wall.deny.some((f) => isInside(target, f))) return wall.why;
  }
  if (specifier.startsWith('../../') && isInside(target, 'src')) {
    return `a path that climbs two folders or more into src/ is written with the alias: '@/${target.slice(4)}'`;
  }
  return undefined;
}

const layers = {
  meta: { type: 'problem', docs: { description: 'Imports stay inside the walls between layers' }, schema: [] },
  create(context) {
    const importerPath = context.physicalFilename;
    const importer = relative(ROOT, importerPath).split(sep).join('/');
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string') return;
      const why = wallBroken(importer, node.source.value, importerPath);
      if (why) context.report({ node: node.source, message: `Import of '${node.source.value}' crosses a wall: ${why}.` });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.data/', 'coverage/', 'dev-dist/'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [...tseslint.configs.recommended],
    plugins: { 'react-hooks': reactHooks, sandyq: { rules: { layers } } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'sandyq/layers': 'error',
      // A leading underscore marks a value kept on purpose (a destructured field left out, a callback's unused argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
);
