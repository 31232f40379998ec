import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronSqliteBindingPath, sqliteNativeBinding } from '../../../electron/db/native-binding';

describe('sqlite native binding', () => {
  it('uses build/electron-sqlite in development and resources/electron-sqlite when packaged', () => {
    const paths = { appPath: '/src/listing-studio', resourcesPath: '/opt/Listing Studio/resources' };
    expect(electronSqliteBindingPath({ ...paths, isPackaged: false })).toBe(path.join('/src/listing-studio', 'build', 'electron-sqlite', 'better_sqlite3.node'));
    expect(electronSqliteBindingPath({ ...paths, isPackaged: true })).toBe(path.join('/opt/Listing Studio/resources', 'electron-sqlite', 'better_sqlite3.node'));
  });

  it('lets LISTING_STUDIO_SQLITE_BINDING override, and leaves Node on its own build otherwise', () => {
    expect(sqliteNativeBinding({ LISTING_STUDIO_SQLITE_BINDING: '/x/better_sqlite3.node' })).toBe('/x/better_sqlite3.node');
    expect(sqliteNativeBinding({})).toBeUndefined();
  });
});
