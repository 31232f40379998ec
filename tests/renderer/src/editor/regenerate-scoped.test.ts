import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { createRouter } from '../../../../electron/ipc/router';
import { importPhotos } from '../../../../electron/photos/import-photos';
import { regenerateScoped } from '../../../../renderer/src/editor/regenerate-scoped';
import type { Api } from '../../../../shared/ipc/api';
import { buildApi } from '../../../../shared/ipc/build-api';
import { EVENT_NAMES, ROUTE_NAMES } from '../../../../shared/ipc/route-names';

/** The renderer's api over the real router and core in this process: what the preload gives the page. */
let root: string;
let core: Core;
let api: Api;
let productId: number;

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'regenerate-scoped-'));
  core = openCore({ libraryDir: path.join(root, 'library') });
  const photo = path.join(root, 'lamp.jpg');
  await sharp({ create: { width: 64, height: 48, channels: 3, background: '#f9a825' } }).jpeg().toFile(photo);
  productId = (await importPhotos(core.db, core.libraryDir, [photo])).productIds[0]!;
  const router = createRouter(createHandlers(core));
  api = buildApi(ROUTE_NAMES, EVENT_NAMES, { invoke: (route, input) => router.invoke(route, input, { emit: () => undefined }), subscribe: () => () => undefined });
});

afterEach(() => {
  core.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('regenerateScoped', () => {
  it('sends one field to drafts.regenerateField, not the queue, and returns its sentence', async () => {
    const queued: number[][] = [];
    const outcome = await regenerateScoped(api, productId, 'title', async (ids) => void queued.push(ids));
    expect(outcome).toBe('No local model is running. Start one in Settings (Engine and model), or choose the cloud model there.');
    expect(queued).toEqual([]);
  });

  it('runs the whole listing through the queue, and says so when nothing was rewritten', async () => {
    const queued: number[][] = [];
    const outcome = await regenerateScoped(api, productId, 'listing', async (ids) => void queued.push(ids));
    expect(queued).toEqual([[productId]]);
    expect(outcome).toBe('The listing was not rewritten; see the message under Generate.');
  });

  it('is content when the queue saved a new revision', async () => {
    const outcome = await regenerateScoped(api, productId, 'listing', async () => {
      await api.drafts.update({ productId, fields: { title: 'Written by the queue' } });
    });
    expect(outcome).toBeNull();
  });
});
