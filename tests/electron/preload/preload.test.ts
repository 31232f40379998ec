import { beforeAll, describe, expect, it, vi } from 'vitest';
import { eventNames, routeNames } from '../../../shared/ipc/contract';
import { splitRouteName } from '../../../shared/ipc/api';

vi.mock('electron', () => import('../../mocks/electron'));
const fake = await import('../../mocks/electron');

let api: any;
let files: any;

beforeAll(async () => {
  fake.resetFakeElectron();
  await import('../../../electron/preload/index');
  api = fake.contextBridge.exposed.get('listingStudio');
  files = fake.contextBridge.exposed.get('listingStudioFiles');
});

describe('preload bridge (with the fake electron module)', () => {
  it('exposes exactly the api and the file-path helper', () => {
    expect([...fake.contextBridge.exposed.keys()].sort()).toEqual(['listingStudio', 'listingStudioFiles']);
  });

  it('has one named function per contract route, grouped by namespace, plus on', () => {
    const exposed: string[] = [];
    for (const [namespace, group] of Object.entries(api)) {
      if (namespace === 'on') continue;
      for (const [action, fn] of Object.entries(group as object)) {
        expect(typeof fn).toBe('function');
        exposed.push(`${namespace}.${action}`);
      }
    }
    expect(exposed.sort()).toEqual([...routeNames].sort());
    expect(typeof api.on).toBe('function');
  });

  it('offers no raw ipcRenderer, generic invoke/send or process.env', () => {
    const keys = Object.keys(api);
    for (const banned of ['ipcRenderer', 'invoke', 'send', 'sendSync', 'process', 'env', 'require']) expect(keys).not.toContain(banned);
    expect(Object.keys(files)).toEqual(['pathForFile']);
  });

  it('calls each route on the channel of its name with the given input and resolves to the reply', async () => {
    fake.ipcRenderer.reply = { ok: true, value: { revision: 3 } };
    const [namespace, action] = splitRouteName('drafts.update');
    const input = { productId: 7, baseRevision: 2, fields: { title: 'Linen tote' } };
    const result = await api[namespace][action](input);
    expect(result).toEqual({ ok: true, value: { revision: 3 } });
    expect(fake.ipcRenderer.invocations.at(-1)).toEqual({ channel: 'drafts.update', input });
  });

  it('delivers contract events without the Electron event object, until unsubscribed', () => {
    const event = eventNames[0]!;
    const seen: unknown[] = [];
    const unsubscribe = api.on(event, (payload: unknown) => seen.push(payload));
    fake.ipcRenderer.emit(event, { sender: 'electron-internals' }, { done: 1, total: 3, file: 'a.jpg' });
    unsubscribe();
    fake.ipcRenderer.emit(event, {}, { done: 2, total: 3, file: 'b.jpg' });
    expect(seen).toEqual([{ done: 1, total: 3, file: 'a.jpg' }]);
    expect(fake.ipcRenderer.listenerCount(event)).toBe(0);
  });

  it('refuses to subscribe to a channel the contract does not list', () => {
    expect(() => api.on('drafts.update', () => {})).toThrow(/Unknown event/);
    expect(() => api.on('ELECTRON_BROWSER_WINDOW_CLOSE', () => {})).toThrow(/Unknown event/);
  });

  it('asks Electron for the path of a dropped file', () => {
    expect(files.pathForFile({ name: 'tote.jpg' })).toBe('/fake-drop/tote.jpg');
  });
});
