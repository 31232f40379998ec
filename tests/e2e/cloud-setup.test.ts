import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { DevHost } from '../../electron/dev-host/create-dev-host';
import { fakeSafeStorageCipher } from '../electron/secrets/fake-safe-storage-cipher';
import { createTestEngine, findTestLlamaServer, type TestEngine } from '../helpers/llama-server';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { saveScreenshot } from './helpers/screenshots';

/**
 * The cloud setup form in Chromium against the real core. The "cloud service" is the real
 * llama-server on 127.0.0.1 with its per-launch key: it speaks the same OpenAI-compatible API.
 * The keychain is a FAKE of Electron's safeStorage (the Electron binary cannot run here).
 */
const binary = findTestLlamaServer();
const WRONG_KEY = 'wrong-key-0123456789abcdef';

let core: Core;
let host: DevHost;
let app: BrowserApp;
let page: Page;
let problems: string[];
let engine: TestEngine;
/** Every /rpc/ reply the page received: route and body text. */
const replies: { route: string; body: string }[] = [];

beforeAll(async () => {
  if (!binary) return;
  engine = createTestEngine(binary);
  await engine.supervisor.start();
  app = await startBrowserApp('cloud', undefined, { secretCipher: fakeSafeStorageCipher() });
  ({ core, host, page, problems } = app);
  page.on('response', (response: Response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/rpc/')) return;
    void response.text().then(
      (body) => replies.push({ route: url.pathname.slice('/rpc/'.length), body }),
      (err: unknown) => replies.push({ route: url.pathname.slice('/rpc/'.length), body: `unreadable: ${String(err)}` }),
    );
  });
}, 180_000);

afterAll(async () => {
  await app?.close();
  await engine?.dispose();
});

describe.skipIf(!binary)('cloud setup in Chromium', () => {
  it('saves the endpoint and key, and Test connection reaches the OpenAI-compatible server', async () => {
    const key = engine.supervisor.apiKey!;
    await page.goto(host.pageUrl);
    await page.getByRole('radio', { name: /With a cloud service/ }).check();
    const form = page.getByRole('form', { name: 'Cloud model' });
    await form.getByLabel('API base URL').fill(`${engine.supervisor.baseURL}/v1`);
    await form.getByLabel('Model').fill('tiny');
    await form.getByLabel('API key').fill(key);
    await form.getByRole('button', { name: 'Test the connection and save' }).click();

    await expect.poll(() => form.getByRole('status').textContent(), { timeout: 60_000 }).toMatch(/^Connected: .+ answered in \d+\.\d s\. Saved\.$/);
    // The typed key leaves the form once saved; the form only knows that a key is saved.
    expect(await form.getByLabel('API key').inputValue()).toBe('');
    expect(await form.getByLabel('API key').getAttribute('placeholder')).toBe('A key is saved; type to replace it');
    await saveScreenshot(page, 'cloud-01-connected');
  }, 90_000);

  it('a wrong key gets a clear message naming the API key, without the key in it, and the working key stays saved', async () => {
    const form = page.getByRole('form', { name: 'Cloud model' });
    await form.getByLabel('API key').fill(WRONG_KEY);
    await form.getByRole('button', { name: 'Test the connection and save' }).click();

    const status = form.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/refused the API key/);
    const message = (await status.textContent())!;
    expect(message).toMatch(/Enter a valid key in Settings\. Nothing was saved; the saved key is kept\.$/);
    expect(message).not.toContain(WRONG_KEY);
    expect(await status.getAttribute('class')).toBe('bad');
    expect(await form.getByRole('button', { name: 'Save anyway' }).isVisible()).toBe(true);
    await saveScreenshot(page, 'cloud-02-wrong-key');

    // The saved key is still the working one: testing without typing a key connects again.
    await form.getByLabel('API key').fill('');
    await form.getByRole('button', { name: 'Test the connection and save' }).click();
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/^Connected: /);
  }, 90_000);

  it('no reply the page saw, and no settings row, holds either key; the settings route says only that one is saved', async () => {
    const goodKey = engine.supervisor.apiKey!;
    // A reload asks for the settings again at start-up, as the window does after a restart.
    const settingsReplies = () => replies.filter((r) => r.route === 'settings.get').length;
    const before = settingsReplies();
    await page.reload();
    await expect.poll(settingsReplies).toBeGreaterThan(before);
    await expect.poll(() => replies.filter((r) => r.route === 'settings.testCloud').length).toBe(3);

    // Saved twice (the first connection, the retest without a key); the wrong key never.
    expect(replies.filter((r) => r.route === 'settings.setCloud')).toHaveLength(2);
    for (const reply of replies) {
      expect(reply.body, reply.route).not.toContain(goodKey);
      expect(reply.body, reply.route).not.toContain(WRONG_KEY);
    }
    const lastSettings = JSON.parse(replies.filter((r) => r.route === 'settings.get').at(-1)!.body) as { ok: true; value: { cloud: Record<string, unknown> } };
    expect(lastSettings.value.cloud).toEqual({ baseURL: `${engine.supervisor.baseURL}/v1`, model: 'tiny', hasKey: true, keySource: 'saved', canSaveKey: true });

    const stored = core.db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
    expect(stored.some((row) => row.key === 'secret.cloudApiKey')).toBe(true);
    for (const row of stored) {
      expect(row.value).not.toContain(goodKey);
      expect(row.value).not.toContain(WRONG_KEY);
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
