import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { createRouter, type HandlerContext, type Router } from '../../../../electron/ipc/router';
import { settingsRoutes } from '../../../../shared/ipc/routes/settings';
import { filesContaining } from '../../generation/fixtures/product-library';
import { completionReply, errorReply, startFaultServer, type FaultServer } from '../../../helpers/fault-server';
import { fakeSafeStorageCipher } from '../../secrets/fake-safe-storage-cipher';

const API_KEY = 'test-settings-key-4b8d1e9a';
const ctx: HandlerContext = { emit: () => {} };
let root: string;
let core: Core;
let router: Router;
let server: FaultServer;
const replies: string[] = [];
const called = new Set<string>();

async function call(name: string, input: unknown = {}) {
  const result = await router.invoke(name, input, ctx);
  called.add(name);
  replies.push(JSON.stringify(result));
  return result as { ok: boolean; value?: any; error?: { code: string; message: string } };
}

beforeAll(async () => {
  server = await startFaultServer({ apiKey: API_KEY, fallback: completionReply('OK', { model: 'gpt-4.1-mini-2025-04-14' }) });
});
afterAll(() => server.close());
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'settings-handler-'));
  core = openCore({ libraryDir: path.join(root, 'library'), secretCipher: fakeSafeStorageCipher() });
  router = createRouter(createHandlers(core), { logError: (route, err) => fs.appendFileSync(path.join(core.libraryDir, 'router.log'), `${route} ${String(err)}\n`) });
  replies.length = 0;
  called.clear();
});
afterEach(() => {
  core.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('settings routes', () => {
  it('settings.get gives defaults: local engine, no key, 50 words', async () => {
    expect((await call('settings.get')).value).toEqual({
      provider: 'local',
      cloud: { baseURL: 'https://api.openai.com/v1', model: 'gpt-4.1-mini', hasKey: false, keySource: 'none', canSaveKey: true },
      generation: { platform: 'generic', wordTarget: 50, tone: 'friendly', language: 'English', maxImages: 4 },
    });
  });

  it('saves the endpoint and the key (write-only), tests it, and no reply or library file ever holds the key', async () => {
    const set = await call('settings.setCloud', { baseURL: server.baseURL, model: 'gpt-4.1-mini', apiKey: API_KEY });
    expect(set.value.cloud).toMatchObject({ baseURL: server.baseURL, hasKey: true, keySource: 'saved' });

    const ok = await call('settings.testCloud');
    expect(ok).toMatchObject({ ok: true, value: { ok: true, model: 'gpt-4.1-mini-2025-04-14' } });
    expect(server.requests.at(-1)!.headers.authorization).toBe(`Bearer ${API_KEY}`);

    // A failing endpoint that echoes the request's Authorization header back.
    server.enqueue((req) => errorReply(401, `Invalid credentials: ${String(req.headers.authorization)}`));
    const refused = await call('settings.testCloud');
    expect(refused).toMatchObject({ ok: false, error: { code: 'cloud_auth', message: expect.stringMatching(/Enter a valid key in Settings/) } });

    await call('settings.setGeneration', { provider: 'cloud', wordTarget: 80, platform: 'etsy' });
    await call('settings.setCloud', { baseURL: server.baseURL, model: 'gpt-4.1-nano' });
    for (const name of Object.keys(settingsRoutes)) await call(name);
    expect([...called].sort()).toEqual(Object.keys(settingsRoutes).sort());
    expect(replies.filter((r) => r.includes(API_KEY))).toEqual([]);
    expect(replies.join('\n')).not.toMatch(/apiKey/);
    expect(filesContaining(core.libraryDir, API_KEY)).toEqual([]);
    expect((await call('settings.get')).value.cloud).toMatchObject({ model: 'gpt-4.1-nano', hasKey: true });
  });

  it('testCloud tests typed values without saving them, falling back to the saved ones', async () => {
    await call('settings.setCloud', { baseURL: server.baseURL, model: 'gpt-4.1-mini', apiKey: API_KEY });
    // A typed model with the saved key.
    expect(await call('settings.testCloud', { model: 'gpt-4.1-nano' })).toMatchObject({ ok: true });
    expect(server.requests.at(-1)!.body.model).toBe('gpt-4.1-nano');
    expect(server.requests.at(-1)!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    // A typed wrong key is what goes out, and it is refused.
    const typedKey = 'sk-typed-but-not-saved-123';
    expect(await call('settings.testCloud', { apiKey: typedKey })).toMatchObject({ ok: false, error: { code: 'cloud_auth' } });
    expect(server.requests.at(-1)!.headers.authorization).toBe(`Bearer ${typedKey}`);
    // Nothing typed was saved: with nothing typed, the saved model and key go out and work.
    expect((await call('settings.get')).value.cloud).toMatchObject({ model: 'gpt-4.1-mini', hasKey: true });
    expect(await call('settings.testCloud', {})).toMatchObject({ ok: true });
    expect(server.requests.at(-1)!.body.model).toBe('gpt-4.1-mini');
    expect(server.requests.at(-1)!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(replies.filter((r) => r.includes(typedKey))).toEqual([]);
  });

  it('setGeneration changes only what it is given', async () => {
    await call('settings.setGeneration', { wordTarget: 80 });
    const view = (await call('settings.setGeneration', { tone: 'luxury', provider: 'cloud' })).value;
    expect(view.provider).toBe('cloud');
    expect(view.generation).toMatchObject({ wordTarget: 80, tone: 'luxury', platform: 'generic' });
  });

  it('apiKey null removes the saved key; testCloud then says a key is needed', async () => {
    await call('settings.setCloud', { baseURL: server.baseURL, model: 'm', apiKey: API_KEY });
    const cleared = await call('settings.setCloud', { baseURL: server.baseURL, model: 'm', apiKey: null });
    expect(cleared.value.cloud).toMatchObject({ hasKey: false, keySource: 'none' });
    expect(await call('settings.testCloud')).toMatchObject({ ok: false, error: { code: 'cloud_auth', message: expect.stringMatching(/No cloud API key is set/) } });
  });

  it('rejects a base URL that is not http(s), naming the field', async () => {
    const bad = await call('settings.setCloud', { baseURL: 'ftp://example.com', model: 'm' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/baseURL/) } });
  });

  it('without a keychain the key is not saved and nothing else changes', async () => {
    core.close();
    core = openCore({ libraryDir: path.join(root, 'library'), secretCipher: fakeSafeStorageCipher({ available: false }) });
    router = createRouter(createHandlers(core));
    const refused = await call('settings.setCloud', { baseURL: server.baseURL, model: 'other', apiKey: API_KEY });
    expect(refused).toMatchObject({ ok: false, error: { code: 'cloud_auth', message: expect.stringMatching(/LISTING_STUDIO_CLOUD_KEY/) } });
    expect((await call('settings.get')).value.cloud).toMatchObject({ model: 'gpt-4.1-mini', hasKey: false, canSaveKey: false });
  });
});
