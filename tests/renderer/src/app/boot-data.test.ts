import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { createRouter } from '../../../../electron/ipc/router';
import { importPhotos } from '../../../../electron/photos/import-photos';
import { firstView, requestBootData, type BootData } from '../../../../renderer/src/app/boot-data';
import { FIRST_PAGE } from '../../../../renderer/src/library/product-page';
import type { Api } from '../../../../shared/ipc/api';
import { buildApi } from '../../../../shared/ipc/build-api';
import { EVENT_NAMES, ROUTE_NAMES } from '../../../../shared/ipc/route-names';

/** The renderer's api over the real router and core in this process, counting the calls made. */
let root: string;
let core: Core;
let api: Api;
let calls: string[];

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'boot-data-'));
  core = openCore({ libraryDir: path.join(root, 'library') });
  const router = createRouter(createHandlers(core));
  calls = [];
  api = buildApi(ROUTE_NAMES, EVENT_NAMES, {
    invoke: (route, input) => {
      calls.push(route);
      return router.invoke(route, input, { emit: () => undefined });
    },
    subscribe: () => () => undefined,
  });
});

afterEach(() => {
  core.close();
  fs.rmSync(root, { recursive: true, force: true });
});

async function importOnePhoto(): Promise<void> {
  const photo = path.join(root, 'mug.jpg');
  await sharp({ create: { width: 64, height: 48, channels: 3, background: '#1565c0' } }).jpeg().toFile(photo);
  await importPhotos(core.db, core.libraryDir, [photo]);
}

describe('requestBootData', () => {
  it('asks the four start-up questions at once and hands back the first page of the library', async () => {
    await importOnePhoto();
    const boot = await requestBootData(api);
    expect(calls.sort()).toEqual(['app.info', 'engine.status', 'products.list', 'settings.get']);
    expect(boot.info).toMatchObject({ ok: true, value: { libraryDir: core.libraryDir } });
    expect(boot.firstPage).toMatchObject({ ok: true, value: { total: 1 } });
    expect(boot.firstPage.ok && boot.firstPage.value.items).toHaveLength(1);
    expect(boot.settings.ok).toBe(true);
    expect(boot.engine).toMatchObject({ ok: true, value: { state: 'idle' } });
    expect(FIRST_PAGE).toBeGreaterThan(100);
  });

  it('opens setup for an empty library with no engine, and the library once there are products', async () => {
    expect(firstView(await requestBootData(api))).toBe('setup');
    await importOnePhoto();
    expect(firstView(await requestBootData(api))).toBe('library');
  });

  it('opens the library when the engine is ready or a cloud key is saved, even when empty', async () => {
    const empty = await requestBootData(api);
    const withEngine: BootData = { ...empty, engine: { ok: true, value: { ...(empty.engine.ok ? empty.engine.value : ({} as never)), state: 'ready' } } };
    expect(firstView(withEngine)).toBe('library');
    if (!empty.settings.ok) throw new Error('settings.get failed');
    const withCloud: BootData = { ...empty, settings: { ok: true, value: { ...empty.settings.value, provider: 'cloud', cloud: { ...empty.settings.value.cloud, hasKey: true } } } };
    expect(firstView(withCloud)).toBe('library');
    const cloudWithoutKey: BootData = { ...empty, settings: { ok: true, value: { ...empty.settings.value, provider: 'cloud' } } };
    expect(firstView(cloudWithoutKey)).toBe('setup');
  });
});
