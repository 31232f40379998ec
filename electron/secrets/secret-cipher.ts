/**
 * Encrypts secrets at rest with the operating system's keychain. In the app Electron's
 * safeStorage implements it (electron/main/safe-storage-cipher.ts); the CLI has none and reads
 * the cloud key from LISTING_STUDIO_CLOUD_KEY instead.
 */
export interface SecretCipher {
  encrypt(plainText: string): Buffer;
  decrypt(cipherText: Buffer): string;
  /** False where the OS offers no keychain (e.g. Linux without a secret service). */
  available(): boolean;
}
