import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/open-database';
import { CLOUD_KEY_ENV, openCloudKeyStore } from '../../../electron/secrets/cloud-key-store';
import { fakeSafeStorageCipher } from './fake-safe-storage-cipher';

const KEY = 'sk-test-0123456789abcdefghij';
let dir: string;
let db: Db;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-keys-'));
  db = openDatabase(path.join(dir, 'library.sqlite'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('openCloudKeyStore', () => {
  it('stores the key encrypted: the database file never holds it in plain text', () => {
    const store = openCloudKeyStore(db, fakeSafeStorageCipher(), {});
    store.save(KEY);
    expect(store.source()).toBe('saved');
    expect(store.read()).toBe(KEY);
    db.pragma('wal_checkpoint(TRUNCATE)');
    for (const file of fs.readdirSync(dir)) expect(fs.readFileSync(path.join(dir, file)).includes(KEY), file).toBe(false);
  });

  it('survives a reopen with the same keychain, and is gone after clear', () => {
    const cipher = fakeSafeStorageCipher();
    openCloudKeyStore(db, cipher, {}).save(KEY);
    db.close();
    db = openDatabase(path.join(dir, 'library.sqlite'));
    const store = openCloudKeyStore(db, cipher, {});
    expect(store.read()).toBe(KEY);
    store.clear();
    expect(store.source()).toBe('none');
    expect(store.read()).toBeUndefined();
  });

  it('says what to do when the keychain changed and the key cannot be decrypted', () => {
    openCloudKeyStore(db, fakeSafeStorageCipher(), {}).save(KEY);
    expect(() => openCloudKeyStore(db, fakeSafeStorageCipher(), {}).read()).toThrow(/can no longer be decrypted.*Enter the key again in Settings/);
  });

  it('without a keychain (the CLI) reads the environment and refuses to save', () => {
    const store = openCloudKeyStore(db, undefined, { [CLOUD_KEY_ENV]: ` ${KEY} ` });
    expect(store.source()).toBe('environment');
    expect(store.read()).toBe(KEY);
    expect(store.canSave()).toBe(false);
    expect(() => store.save(KEY)).toThrow(new RegExp(`Set the ${CLOUD_KEY_ENV} environment variable instead`));
    const noKeyring = openCloudKeyStore(db, fakeSafeStorageCipher({ available: false }), {});
    expect(() => noKeyring.save(KEY)).toThrow(/no keychain/);
    expect(noKeyring.source()).toBe('none');
  });
});
