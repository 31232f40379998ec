import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import type { CloudKeySource } from '../../shared/domain/settings-view';
import type { SecretCipher } from './secret-cipher';

/** The environment variable the CLI (and headless runs) read the cloud key from. */
export const CLOUD_KEY_ENV = 'LISTING_STUDIO_CLOUD_KEY';
/** What generating, regenerating or testing with the cloud says when there is no key to send. */
export const NO_CLOUD_KEY_MESSAGE = `No cloud API key is set. Enter one in Settings, or set ${CLOUD_KEY_ENV} for the command line.`;
const SETTINGS_KEY = 'secret.cloudApiKey';


export interface CloudKeyStore {
  /** Where the key in use comes from; the key itself is never part of any status. */
  source(): CloudKeySource;
  /** Whether a key can be saved here (a keychain exists). */
  canSave(): boolean;
  /** The key for a request: the saved one, else the environment's. Main process only. */
  read(): string | undefined;
  save(apiKey: string): void;
  clear(): void;
}

/**
 * The cloud API key, encrypted with the OS keychain in the settings table; the plain key is
 * only ever in memory for the length of a request. Without a cipher (the CLI) only the
 * environment variable is used.
 */
export function openCloudKeyStore(db: Db, cipher: SecretCipher | undefined, env: NodeJS.ProcessEnv): CloudKeyStore {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const stored = (): Buffer | undefined => {
    const row = select.get(SETTINGS_KEY);
    if (!row) return undefined;
    const { ciphertext } = JSON.parse(row.value) as { ciphertext: string };
    return Buffer.from(ciphertext, 'base64');
  };
  const fromEnv = () => {
    const value = env[CLOUD_KEY_ENV]?.trim();
    return value ? value : undefined;
  };
  const canSave = () => cipher?.available() ?? false;
  return {
    source: () => (stored() && cipher ? 'saved' : fromEnv() ? 'environment' : 'none'),
    canSave,
    read() {
      const bytes = stored();
      if (bytes && cipher) {
        try {
          return cipher.decrypt(bytes);
        } catch {
          throw new AppError('cloud_auth', 'The saved cloud API key can no longer be decrypted (the system keychain changed). Enter the key again in Settings.');
        }
      }
      return fromEnv();
    },
    save(apiKey) {
      if (!cipher || !canSave()) {
        throw new AppError(
          'cloud_auth',
          `This system has no keychain to encrypt the API key with, so it was not saved. Set the ${CLOUD_KEY_ENV} environment variable instead.`,
        );
      }
      const ciphertext = cipher.encrypt(apiKey).toString('base64');
      db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
        SETTINGS_KEY,
        JSON.stringify({ ciphertext }),
      );
    },
    clear() {
      db.prepare('DELETE FROM settings WHERE key = ?').run(SETTINGS_KEY);
    },
  };
}
