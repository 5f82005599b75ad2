/**
 * Passwords are stored as salted scrypt hashes that carry their parameters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/server/storage/database';
import { DEFAULT_SCRYPT_PARAMS, hashPassword, verifyPassword } from '@/server/auth/passwordHash';
import { insertSchool } from '@/server/accounts/schoolStore';
import { createUser } from '@/server/accounts/userStore';
import { TEST_DATABASES } from '../../support/databases';
import { TEST_SCRYPT_PARAMS } from '../../support/server';
import { emptyDatabase } from './accountsFixture';

describe('password hashes', () => {
  it('record scrypt with its parameters, salt and key in the stored string', async () => {
    const hash = await hashPassword('kitap-482');
    expect(hash).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(DEFAULT_SCRYPT_PARAMS).toEqual({ ln: 15, r: 8, p: 1 });
    expect(hash).not.toContain('kitap');
  });

  it('verify the right password and refuse a wrong one, whatever parameters were used', async () => {
    for (const params of [TEST_SCRYPT_PARAMS, DEFAULT_SCRYPT_PARAMS]) {
      const hash = await hashPassword('Сәуле-2026', params);
      expect(await verifyPassword('Сәуле-2026', hash)).toBe(true);
      expect(await verifyPassword('Сәуле-2027', hash)).toBe(false);
      expect(await verifyPassword('', hash)).toBe(false);
    }
  });

  it('treat a malformed or out-of-range stored hash as no match instead of throwing', async () => {
    for (const stored of ['', 'plain-text', '$scrypt$ln=30,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$' + 'A'.repeat(43), '$argon2id$v=19$m=65536']) {
      expect(await verifyPassword('anything', stored)).toBe(false);
    }
  });
});

describe.each(TEST_DATABASES)('stored password hashes on $name', (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await kind.open();
    await emptyDatabase(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('two users with the same password never have equal hashes (salted)', async () => {
    await insertSchool(db, { id: 'school-a', name: 'Ақсай мектебі', district: null });
    for (const login of ['twin1', 'twin2', 'twin3']) {
      await createUser(db, { schoolId: 'school-a', login, displayName: login, roles: ['teacher'], password: 'same-password' }, TEST_SCRYPT_PARAMS);
    }
    const rows = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE school_id = $1', ['school-a']);
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.password_hash)).size).toBe(3);
    for (const r of rows) {
      expect(r.password_hash).not.toContain('same-password');
      expect(await verifyPassword('same-password', r.password_hash)).toBe(true);
    }
  });
});
