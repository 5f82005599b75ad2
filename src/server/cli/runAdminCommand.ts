/**
 * Parses `npm run admin -- <command> [--option value ...]`, runs the command against the
 * given database and prints the outcome. Returns the exit code: 0 done, 1 refused (the
 * message says why), 2 wrong usage. Never prints a password except one it generated.
 */
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@/domain/roles';
import type { Database } from '../storage/database';
import { setTombstoneRetention } from '../storage/pruneTombstones';
import { AccountError } from '../accounts/AccountError';
import type { UserAccount } from '../accounts/userStore';
import { ServerClock } from '../sync/serverClock';
import {
  createSchoolCommand,
  createUserCommand,
  disableUserCommand,
  enableUserCommand,
  listSchoolsCommand,
  listUsersCommand,
  revokeSessionsCommand,
} from './adminCommands';
import { importBundleFileCommand } from '../bundles/importBundleFileCommand';

export const ADMIN_USAGE = `Usage: npm run admin -- <command> [options]

  create-school   --name <name> --region <region> --district <district>
                  [--locality <village>] [--kind small|hub|magnet|regular]
                  [--languages kk,ru] [--connection fibre|radio|satellite|none] [--id <id>]
  create-user     --school <school id> --login <login> --name "<Surname Name>"
                  --role <${ROLES.join('|')}> [--role ...] | --roles teacher,assistant
                  [--password <password>]   (without it a password is generated and shown once)
                  [--pupil-id <id>] [--staff-id <id>] [--district <district>]
  list-schools
  list-users      --school <school id>
  disable-user    --login <login>      (also signs the account out everywhere)
  enable-user     --login <login>
  revoke-sessions --login <login>      (signs the account out on every device)
  set-retention   --school <school id> --days <1..3650>
                  (how long a deleted row keeps its content on the server; default 180)
  import-bundle   --file <path to .sqb>
                  (applies a laptop's outbox bundle carried on a USB drive; safe to repeat)

The database is the one npm start uses: DATABASE_URL, else PGlite in DATA_DIR (default ./.data).`;

const OPTIONS = {
  name: { type: 'string' },
  region: { type: 'string' },
  district: { type: 'string' },
  locality: { type: 'string' },
  kind: { type: 'string' },
  languages: { type: 'string' },
  connection: { type: 'string' },
  id: { type: 'string' },
  school: { type: 'string' },
  login: { type: 'string' },
  role: { type: 'string', multiple: true },
  roles: { type: 'string' },
  password: { type: 'string' },
  'pupil-id': { type: 'string' },
  'staff-id': { type: 'string' },
  days: { type: 'string' },
  file: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface AdminDeps {
  db: Database;
  out: (line: string) => void;
  now?: () => number;
  clock?: ServerClock;
}

class UsageError extends Error {}

export async function runAdminCommand(argv: readonly string[], deps: AdminDeps): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    deps.out(ADMIN_USAGE);
    return command ? 0 : 2;
  }
  try {
    const { values } = parseArgs({ args: [...rest], options: OPTIONS, strict: true, allowPositionals: false });
    const required = (key: 'name' | 'region' | 'district' | 'school' | 'login'): string => {
      const value = values[key]?.trim();
      if (!value) throw new UsageError(`${command} needs --${key}`);
      return value;
    };
    const now = deps.now ?? Date.now;
    switch (command) {
      case 'create-school': {
        const school = await createSchoolCommand(
          deps.db,
          {
            name: required('name'),
            region: required('region'),
            district: required('district'),
            ...(values.locality ? { locality: values.locality } : {}),
            ...(values.kind ? { kind: values.kind } : {}),
            ...(values.connection ? { connection: values.connection } : {}),
            ...(values.languages ? { languages: splitList(values.languages) } : {}),
            ...(values.id ? { id: values.id } : {}),
          },
          deps.clock ?? new ServerClock(now),
        );
        deps.out(`Created school "${school.name}" with id ${school.id}`);
        return 0;
      }
      case 'create-user': {
        const created = await createUserCommand(deps.db, {
          school: required('school'),
          login: required('login'),
          name: required('name'),
          roles: readRoles(values.role, values.roles),
          ...(values.password !== undefined ? { password: values.password } : {}),
          ...(values['pupil-id'] ? { pupilId: values['pupil-id'] } : {}),
          ...(values['staff-id'] ? { staffId: values['staff-id'] } : {}),
          ...(values.district ? { district: values.district } : {}),
        });
        deps.out(`Created ${describeUser(created.user)}`);
        if (created.isGenerated) deps.out(`Password (shown once, hand it over now): ${created.password}`);
        return 0;
      }
      case 'list-schools': {
        const schools = await listSchoolsCommand(deps.db);
        if (schools.length === 0) deps.out('No schools yet: create one with create-school.');
        for (const s of schools) deps.out(`${s.id}  ${s.name}${s.district ? `  (${s.district})` : ''}`);
        return 0;
      }
      case 'list-users': {
        const users = await listUsersCommand(deps.db, { school: required('school') });
        if (users.length === 0) deps.out('No accounts in this school.');
        for (const u of users) deps.out(describeUser(u));
        return 0;
      }
      case 'disable-user': {
        const changed = await disableUserCommand(deps.db, { login: required('login') }, now());
        deps.out(`Disabled ${changed.user.login}; signed out of ${changed.revokedSessions} session(s)`);
        return 0;
      }
      case 'enable-user': {
        const changed = await enableUserCommand(deps.db, { login: required('login') });
        deps.out(`Enabled ${changed.user.login}`);
        return 0;
      }
      case 'revoke-sessions': {
        const changed = await revokeSessionsCommand(deps.db, { login: required('login') }, now());
        deps.out(`Signed ${changed.user.login} out of ${changed.revokedSessions} session(s)`);
        return 0;
      }
      case 'import-bundle': {
        const file = values.file?.trim();
        if (!file) throw new UsageError(`${command} needs --file`);
        const result = await importBundleFileCommand(deps.db, file, deps.clock ?? new ServerClock(now), now);
        for (const line of result.lines) deps.out(line);
        return result.ok ? 0 : 1;
      }
      case 'set-retention': {
        const school = required('school');
        const days = Number(values.days);
        if (!Number.isInteger(days) || days < 1 || days > 3650)
          throw new UsageError('set-retention needs --days, a whole number of days from 1 to 3650');
        if (!(await setTombstoneRetention(deps.db, school, days))) {
          deps.out(`Refused: no school with id ${school}`);
          return 1;
        }
        deps.out(`School ${school} keeps the content of deleted rows for ${days} days`);
        return 0;
      }
      default:
        throw new UsageError(`Unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof AccountError) {
      deps.out(`Refused: ${error.message}`);
      return 1;
    }
    if (error instanceof UsageError || isParseArgsError(error)) {
      deps.out(`${(error as Error).message}\n\n${ADMIN_USAGE}`);
      return 2;
    }
    throw error;
  }
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function readRoles(role: readonly string[] | undefined, roles: string | undefined): Role[] {
  const all = [...(role ?? []), ...(roles ? splitList(roles) : [])];
  if (all.length === 0) throw new UsageError('create-user needs --role (or --roles)');
  const unknown = all.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length) throw new UsageError(`Unknown role(s): ${unknown.join(', ')}; roles are ${ROLES.join(', ')}`);
  return all as Role[];
}

function describeUser(u: UserAccount): string {
  const links = [u.staffId && `staff ${u.staffId}`, u.pupilId && `pupil ${u.pupilId}`, u.district && `district ${u.district}`].filter(Boolean);
  return `${u.login}  ${u.displayName}  [${u.roles.join(', ')}]${links.length ? `  ${links.join(', ')}` : ''}${u.disabled ? '  DISABLED' : ''}`;
}

function isParseArgsError(error: unknown): boolean {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
