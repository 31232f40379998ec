import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../mocks/electron'));
const fake = await import('../../mocks/electron');
const { startMainProcess } = await import('../../../electron/main/start-main-process');

let userData: string;
let savedEnv: NodeJS.ProcessEnv;

beforeEach(() => {
  savedEnv = { ...process.env };
  fake.resetFakeElectron();
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-single-'));
  fake.app.userDataDir = userData;
  delete process.env.LISTING_STUDIO_LIBRARY;
  delete process.env.ELECTRON_RENDERER_URL;
  process.env.LISTING_STUDIO_SQLITE_BINDING = path.resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
});

afterEach(() => {
  process.env = savedEnv;
  fs.rmSync(userData, { recursive: true, force: true });
});

describe('one running app per user (with the fake electron module)', () => {
  it('a second start quits before opening a window or the library', async () => {
    fake.app.singleInstanceLockFree = false;
    expect(await startMainProcess()).toBeNull();
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fake.callLog).not.toContain('app.ready');
    expect(fs.existsSync(path.join(userData, 'library'))).toBe(false);
  });

  it('the first instance brings its window forward, restored, when another start hands over', async () => {
    const win = await startMainProcess();
    expect(win).not.toBeNull();
    expect(fake.callLog.indexOf('app.requestSingleInstanceLock')).toBeLessThan(fake.callLog.indexOf('app.ready'));
    const shown = fake.BrowserWindow.instances[0]!;
    shown.minimized = true;
    fake.app.emit('second-instance', fake.fakeEvent(), ['listing-studio'], userData);
    expect(shown.minimized).toBe(false);
    expect(shown.focusCalls).toBe(1);
    fake.app.emit('before-quit', fake.fakeEvent());
    await vi.waitFor(() => expect(fake.app.quitCalls).toBe(1));
  });
});
