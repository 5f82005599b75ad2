import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError, toStorageError } from '@/client/db/classifyStorageError';
import { StorageError } from '@/client/storage/storageErrors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('classifyStorageError', () => {
  it('a DOM QuotaExceededError is quotaExceeded', () => {
    expect(classifyStorageError(quota())).toBe('quotaExceeded');
  });

  it('a QuotaExceededError wrapped in an AbortError (the aborted transaction) is still quotaExceeded', () => {
    expect(classifyStorageError(new Dexie.AbortError('Transaction aborted', quota()))).toBe('quotaExceeded');
    const domAbort = new DOMException('aborted', 'AbortError');
    expect(classifyStorageError(Object.assign(domAbort, { cause: quota() }))).toBe('quotaExceeded');
  });

  it('a QuotaExceededError among the failures of a bulk operation is quotaExceeded', () => {
    expect(classifyStorageError(new Dexie.BulkError('1 of 2 failed', { 1: quota() }))).toBe('quotaExceeded');
  });

  it("Firefox's legacy quota error name is quotaExceeded", () => {
    expect(classifyStorageError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe('quotaExceeded');
  });

  it('a VersionError, bare or inside OpenFailedError, is versionTooNew', () => {
    const version = new DOMException('newer', 'VersionError');
    expect(classifyStorageError(version)).toBe('versionTooNew');
    expect(classifyStorageError(new Dexie.OpenFailedError(version))).toBe('versionTooNew');
  });

  it('a DatabaseClosedError is databaseDeleted', () => {
    expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('databaseDeleted');
  });

  it('a missing or forbidden IndexedDB, or an open that failed otherwise, is unavailable', () => {
    expect(classifyStorageError(new Dexie.MissingAPIError())).toBe('unavailable');
    expect(classifyStorageError(new DOMException('denied', 'SecurityError'))).toBe('unavailable');
    expect(classifyStorageError(new Dexie.OpenFailedError(new Error('boom')))).toBe('unavailable');
  });

  it('anything else is unknown, and a cyclic chain does not loop', () => {
    expect(classifyStorageError(new Dexie.ConstraintError())).toBe('unknown');
    expect(classifyStorageError(new TypeError('x'))).toBe('unknown');
    expect(classifyStorageError('text')).toBe('unknown');
    const a: { name: string; inner?: unknown } = { name: 'AbortError' };
    a.inner = { name: 'AbortError', inner: a };
    expect(classifyStorageError(a)).toBe('unknown');
  });

  it('a StorageError keeps its reason, and toStorageError keeps the original as cause', () => {
    expect(classifyStorageError(new StorageError('upgradeBlocked'))).toBe('upgradeBlocked');
    const original = quota();
    const wrapped = toStorageError(original);
    expect(wrapped).toBeInstanceOf(StorageError);
    expect(wrapped.reason).toBe('quotaExceeded');
    expect(wrapped.cause).toBe(original);
  });
});
