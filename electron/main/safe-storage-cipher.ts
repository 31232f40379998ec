import { safeStorage } from 'electron';
import type { SecretCipher } from '../secrets/secret-cipher';

/**
 * The cloud key at rest, encrypted by the OS keychain. On Linux without a secret service Electron
 * falls back to 'basic_text', a fixed password: that is no protection, so it counts as unavailable.
 */
export function createSafeStorageCipher(platform: NodeJS.Platform = process.platform): SecretCipher {
  return {
    encrypt: (plainText) => safeStorage.encryptString(plainText),
    decrypt: (cipherText) => safeStorage.decryptString(cipherText),
    available: () => safeStorage.isEncryptionAvailable() && (platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
  };
}
