import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { routeNames } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/errors';

vi.mock('electron', () => import('../../mocks/electron'));
const fake = await import('../../mocks/electron');
const { startMainProcess } = await import('../../../electron/main/start-main-process');

const nodeSqliteBinding = path.resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const sha = 'ab'.repeat(32);
let userData: string;
let savedEnv: NodeJS.ProcessEnv;

function appPageUrl(): string {
  return fake.BrowserWindow.instances[0]!.loaded.url!;
}

function invoke(route: string, input: unknown, senderUrl: string | null): Promise<Result<any>> {
  const handler = fake.ipcMain.handlers.get(route)!;
  return Promise.resolve(handler({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, input)) as Promise<Result<any>>;
}

beforeAll(async () => {
  savedEnv = { ...process.env };
  fake.resetFakeElectron();
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-main-'));
  fake.app.userDataDir = userData;
  delete process.env.LISTING_STUDIO_LIBRARY;
  delete process.env.ELECTRON_RENDERER_URL;
  // Tests run on Node, so point the shell at Node's own build of better-sqlite3.
  process.env.LISTING_STUDIO_SQLITE_BINDING = nodeSqliteBinding;
  await startMainProcess();
});

afterAll(() => {
  process.env = savedEnv;
  fs.rmSync(userData, { recursive: true, force: true });
});

describe('main process startup (with the fake electron module)', () => {
  it('starts without reporting an error and opens one window on the built page, served by the app scheme', () => {
    expect(fake.dialog.errors).toEqual([]);
    expect(fake.BrowserWindow.instances).toHaveLength(1);
    expect(fake.BrowserWindow.instances[0]!.loaded).toEqual({ url: 'ls-app://renderer/index.html' });
    expect(fake.protocol.handlers.has('ls-app')).toBe(true);
  });

  it('registers both schemes as privileged in one call before the app is ready, with code cache for the app', () => {
    expect(fake.protocol.privileged).toEqual([
      { scheme: 'ls-app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
      { scheme: 'ls-photo', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.callLog.filter((c) => c === 'protocol.registerSchemesAsPrivileged')).toHaveLength(1);
    expect(fake.callLog.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(fake.callLog.indexOf('app.ready'));
  });

  it('registers an ipcMain handler for every route in the contract, and no other', () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...routeNames].sort());
  });

  it('answers a route from the app page with data from the real library database', async () => {
    const result = await invoke('app.info', {}, appPageUrl() + '#/products');
    expect(result).toMatchObject({ ok: true, value: { libraryDir: path.join(userData, 'library'), version: '0.0.0-fake' } });
    expect(fs.existsSync(path.join(userData, 'library', 'library.sqlite'))).toBe(true);
  });

  it('refuses senders that are not the app page before parsing their input', async () => {
    for (const url of ['https://evil.example/', 'file:///tmp/other.html', 'ls-app://evil/index.html', null]) {
      const result = await invoke('app.info', { unexpected: 'field' }, url);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('forbidden');
      if (!result.ok) expect(result.error.message).toMatch(/did not come from Listing Studio/);
    }
  });

  it('turns invalid input from the app page into an invalid_input error', async () => {
    const result = await invoke('app.info', { unexpected: 'field' }, appPageUrl());
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('creates the window with secure webPreferences and a CommonJS preload', () => {
    const prefs = fake.BrowserWindow.instances[0]!.options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs.preload).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('prevents every navigation and redirect, opening only https links externally', () => {
    const contents = fake.BrowserWindow.instances[0]!.webContents;
    const urls = ['https://shop.example/help', 'http://plain.example/', 'file:///etc/passwd', 'ls-app://renderer/other.html', appPageUrl()];
    for (const url of urls) {
      const event = fake.fakeEvent(url);
      contents.emit('will-navigate', event);
      expect(event.defaultPrevented).toBe(true);
      const redirect = fake.fakeEvent(url);
      contents.emit('will-redirect', redirect);
      expect(redirect.defaultPrevented).toBe(true);
    }
    expect(fake.shell.opened).toEqual(['https://shop.example/help']);
  });

  it('denies window.open and hands only https URLs to the system browser', () => {
    fake.shell.opened.length = 0;
    const contents = fake.BrowserWindow.instances[0]!.webContents;
    for (const url of ['https://docs.example/a', 'http://docs.example/b', 'file:///etc/hosts', 'javascript:alert(1)']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(fake.shell.opened).toEqual(['https://docs.example/a']);
  });

  it('adds the strict CSP header to the app page only, and denies every permission', () => {
    const listener = fake.session.defaultSession.headersListener!;
    const seen: unknown[] = [];
    listener({ url: appPageUrl(), responseHeaders: {} }, (r: unknown) => seen.push(r));
    listener({ url: 'https://cdn.example/x.js', responseHeaders: {} }, (r: unknown) => seen.push(r));
    const policy = (seen[0] as any).responseHeaders['Content-Security-Policy'][0] as string;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
    expect(seen[1]).toEqual({});
    const decisions: boolean[] = [];
    fake.session.defaultSession.permissionRequestHandler!(null, 'media', (ok: boolean) => decisions.push(ok));
    expect(decisions).toEqual([false]);
  });

  it('serves a real thumbnail from the library through the ls-photo protocol', async () => {
    const bytes = Buffer.from('RIFF....WEBPVP8 fake-but-real-bytes');
    fs.mkdirSync(path.join(userData, 'library', 'thumbs'), { recursive: true });
    fs.writeFileSync(path.join(userData, 'library', 'thumbs', `${sha}.webp`), bytes);
    const handler = fake.protocol.handlers.get('ls-photo')!;
    const response = await handler(new Request(`ls-photo://thumb/${sha}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
  });

  it('refuses a library thumbnail that is a symlink to a file outside the library', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.webp'), 'secret');
    const other = 'cd'.repeat(32);
    fs.symlinkSync(path.join(outside, 'secret.webp'), path.join(userData, 'library', 'thumbs', `${other}.webp`));
    const response = await fake.protocol.handlers.get('ls-photo')!(new Request(`ls-photo://thumb/${other}`));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('secret');
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('closes the core on quit: quitting waits, then the database is closed', async () => {
    const handlerBefore = fake.ipcMain.handlers.get('products.list');
    const event = fake.fakeEvent();
    fake.app.emit('before-quit', event);
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(fake.app.quitCalls).toBe(1));
    const result = await Promise.resolve(handlerBefore!({ senderFrame: { url: appPageUrl() } }, {}));
    expect(result).toMatchObject({ ok: false });
    const second = fake.fakeEvent();
    fake.app.emit('before-quit', second);
    expect(second.defaultPrevented).toBe(false);
  });
});
