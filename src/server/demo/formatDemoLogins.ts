/**
 * The demo logins as lines for the console at start: who to sign in as, and with what
 * password. Staff first (what a reviewer tries first), then the pupils by class set, then the
 * district methodologist.
 */
import type { DemoSchool } from './buildDemoSchool';

export function formatDemoLogins(demo: DemoSchool): string[] {
  const width = Math.max(...demo.accounts.map((a) => a.login.length));
  const lines = [`Demo school "${demo.school.name}": sign in with any of these (login  password  name, roles)`];
  for (const a of demo.accounts) {
    lines.push(`  ${a.login.padEnd(width)}  ${a.password.padEnd(11)}  ${a.displayName}, ${a.roles.join('+')}`);
  }
  lines.push('Demo passwords are public: for trying Sandyq only. Start with SANDYQ_DEMO=0 on an empty database for real use.');
  return lines;
}
