import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../mocks/electron'));
const fake = await import('../../mocks/electron');
const { createSafeStorageCipher } = await import('../../../electron/main/safe-storage-cipher');

beforeEach(() => fake.resetFakeElectron());

describe('createSafeStorageCipher', () => {
  it('round-trips a secret through safeStorage without keeping it in plain text', () => {
    const cipher = createSafeStorageCipher('linux');
    const sealed = cipher.encrypt('sk-test-123');
    expect(sealed.toString()).not.toBe('sk-test-123');
    expect(cipher.decrypt(sealed)).toBe('sk-test-123');
  });

  it("treats Linux's basic_text fallback as no keychain, but not on other systems", () => {
    fake.safeStorage.backend = 'basic_text';
    expect(createSafeStorageCipher('linux').available()).toBe(false);
    expect(createSafeStorageCipher('darwin').available()).toBe(true);
    fake.safeStorage.backend = 'kwallet6';
    expect(createSafeStorageCipher('linux').available()).toBe(true);
  });
});
