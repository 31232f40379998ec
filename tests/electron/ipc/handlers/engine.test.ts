import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { createRouter, type HandlerContext } from '../../../../electron/ipc/router';
import { engineStatusSchema } from '../../../../shared/domain/engine';
import { findTestLlamaServer } from '../../../helpers/llama-server';
import { tinyModelPair } from '../../../helpers/tiny-model';

const binary = findTestLlamaServer();
let root: string;
let core: Core;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-handler-'));
  core = openCore({ libraryDir: path.join(root, 'library') });
});

afterEach(async () => {
  await core.engine.stop();
  core.close();
  fs.rmSync(root, { recursive: true, force: true });
});

function recordingContext(): { ctx: HandlerContext; events: { event: string; payload: unknown }[] } {
  const events: { event: string; payload: unknown }[] = [];
  return { events, ctx: { emit: (event, payload) => events.push({ event, payload }) } };
}

describe('engine routes', () => {
  it('engine.status is idle before any start', async () => {
    const router = createRouter(createHandlers(core));
    const result = await router.invoke('engine.status', {}, recordingContext().ctx);
    expect(result).toEqual({ ok: true, value: { state: 'idle', devices: [], restarts: 0 } });
  });

  it('engine.start names a missing model file and what to do', async () => {
    const router = createRouter(createHandlers(core));
    const result = await router.invoke('engine.start', { model: path.join(root, 'gone.gguf') }, recordingContext().ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('model_invalid');
    expect(result.error.message).toMatch(/gone\.gguf was not found .* Download it again/);
  });

  it.skipIf(!binary)('engine.start → ready with status events, engine.stop → stopped', async () => {
    const router = createRouter(createHandlers(core));
    const { ctx, events } = recordingContext();
    const files = tinyModelPair();
    const started = await router.invoke('engine.start', { model: files.model, mmproj: files.mmproj, parallel: 2, contextSize: 4096 }, ctx);
    expect(started.ok).toBe(true);
    const status = engineStatusSchema.parse(started.ok ? started.value : undefined);
    expect(status).toMatchObject({ state: 'ready', slots: 2, contextSize: 2048, model: files.model });
    expect(events.filter((e) => e.event === 'engine.status').map((e) => (e.payload as { state: string }).state)).toEqual(['starting', 'ready']);
    fs.accessSync(path.join(core.libraryDir, 'logs', 'llama-server.log'));

    const stopped = await router.invoke('engine.stop', {}, ctx);
    expect(stopped).toMatchObject({ ok: true, value: { state: 'stopped' } });
    expect(events.at(-1)?.payload).toMatchObject({ state: 'stopped' });
  });
});
