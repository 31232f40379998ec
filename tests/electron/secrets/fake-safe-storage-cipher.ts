import crypto from 'node:crypto';
import type { SecretCipher } from '../../../electron/secrets/secret-cipher';

/**
 * A FAKE of Electron's safeStorage (the Electron binary cannot run in these tests): real
 * AES-256-GCM under a random key held in memory, so ciphertext on disk never shows the secret.
 */
export function fakeSafeStorageCipher(opts: { available?: boolean } = {}): SecretCipher {
  const key = crypto.randomBytes(32);
  return {
    available: () => opts.available ?? true,
    encrypt(plainText) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(cipherText) {
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, cipherText.subarray(0, 12));
      decipher.setAuthTag(cipherText.subarray(12, 28));
      return Buffer.concat([decipher.update(cipherText.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
