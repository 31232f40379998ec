import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Router } from '../../../electron/ipc/router';

vi.mock('electron', () => import('../../mocks/electron'));
const fake = await import('../../mocks/electron');
const { setupIpc } = await import('../../../electron/main/ipc-transport');
const { appSchemePage, devPage } = await import('../../../electron/serving/app-page');

/** A router whose one route emits a progress event, standing in for a long-running handler. */
function emittingRouter(calls: unknown[]): Router {
  return {
    routeNames: ['library.import'],
    async invoke(name, input, ctx) {
      calls.push({ name, input });
      ctx.emit('library.importProgress', { done: 1, total: 2, file: 'a.jpg' });
      return { ok: true, value: null };
    },
  };
}

beforeEach(() => fake.resetFakeElectron());

describe('setupIpc', () => {
  it('forwards trusted calls to the router and events to the window on the event name', async () => {
    const calls: unknown[] = [];
    const win = new fake.BrowserWindow({});
    const page = appSchemePage('/app/out/renderer');
    setupIpc(emittingRouter(calls), page, () => win as never);
    const result = await fake.ipcMain.handlers.get('library.import')!({ senderFrame: { url: `${page.url}#/editor` } }, { paths: ['/x'] });
    expect(result).toEqual({ ok: true, value: null });
    expect(calls).toEqual([{ name: 'library.import', input: { paths: ['/x'] } }]);
    expect(win.webContents.sent).toEqual([{ channel: 'library.importProgress', payload: { done: 1, total: 2, file: 'a.jpg' } }]);
  });

  it('never reaches the router for a frame of another origin, even on the dev server', async () => {
    const calls: unknown[] = [];
    setupIpc(emittingRouter(calls), devPage('http://localhost:5173/'), () => null);
    const handler = fake.ipcMain.handlers.get('library.import')!;
    const refused = await handler({ senderFrame: { url: 'http://localhost:5174/' } }, { paths: ['/x'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
    await handler({ senderFrame: { url: 'http://localhost:5173/index.html' } }, { paths: ['/y'] });
    expect(calls).toHaveLength(1);
  });

  it('drops events once the window is destroyed, and its disposer removes every handler', async () => {
    const win = new fake.BrowserWindow({});
    win.destroyed = true;
    const page = appSchemePage('/app/out/renderer');
    const dispose = setupIpc(emittingRouter([]), page, () => win as never);
    await fake.ipcMain.handlers.get('library.import')!({ senderFrame: { url: page.url } }, {});
    expect(win.webContents.sent).toEqual([]);
    dispose();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });
});
