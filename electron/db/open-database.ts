import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/migration';
import { sqliteNativeBinding } from './native-binding';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the library database: WAL, foreign keys on, and every pending
 * migration applied in one transaction. Refuses a database written by a newer version of the app,
 * rather than guessing at a schema it does not know.
 */
export function openDatabase(file: string, migrations: readonly Migration[] = allMigrations): Db {
  let db: Db;
  try {
    db = new Database(file, { nativeBinding: sqliteNativeBinding() });
  } catch (err) {
    throw describeOpenError(err, file);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations, file);
    return db;
  } catch (err) {
    db.close();
    throw describeOpenError(err, file);
  }
}

/** A damaged, truncated or foreign file gets a sentence naming it instead of SQLite's error. */
function describeOpenError(err: unknown, file: string): unknown {
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return err;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new AppError(
      'corrupt_file',
      `${file} is damaged or is not a Listing Studio library (${(err as Error).message}); Listing Studio left it as it is. Restore library.sqlite from a backup, or choose another library folder.`,
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return new AppError('not_found', `${file} cannot be opened (it is missing, a folder, or not readable). Check the library folder, or choose another one.`);
  }
  return err;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, migrations: readonly Migration[], file: string): void {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new AppError(
      'conflict',
      `${file} was written by a newer version of Listing Studio (schema ${current}, this app knows ${latest}). Update the app to open this library.`,
    );
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.up);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}
