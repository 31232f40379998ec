import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { buildServerArgs } from '../../../electron/engine/server-args';
import { renderProbeImage, toDataUrl } from '../../../electron/engine/probe-request';
import { buildListingRequest } from '../../../electron/generation/build-listing-request';
import { chooseProvider } from '../../../electron/generation/providers/choose-provider';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createRouter } from '../../../electron/ipc/router';
import { loadCatalog, type Catalog } from '../../../electron/models/model-catalog';
import { launchSettingsFrom } from '../../../electron/models/request-settings';
import { defaultResourcesDir } from '../../../electron/models/resources-dir';
import { DEFAULT_GENERATION_OPTIONS } from '../../../shared/domain/generation-options';
import { listingLimitsFor } from '../../../shared/domain/listing-output';
import { findTestLlamaServer } from '../../helpers/llama-server';
import { tinyModelPair } from '../../helpers/tiny-model';
import { startCapturingProxy } from '../../helpers/capturing-proxy';
import { startRangeFileServer, type RangeFileServer } from './range-file-server';

const shipped = loadCatalog(defaultResourcesDir());
const qwen35 = shipped.entries.find((e) => e.id === 'qwen3.5-2b')!;
const gemma4 = shipped.entries.find((e) => e.id === 'gemma-4-e4b')!;

describe('launchSettingsFrom (catalog request settings → launch arguments and body fields)', () => {
  it('turns Qwen3.5 thinking off per request and uses its sampling; caps image tokens on a processor', () => {
    expect(launchSettingsFrom(qwen35.requestSettings, false)).toEqual({
      imageMaxTokens: 1024,
      sampling: { temperature: 0.7, top_p: 0.8, top_k: 20, presence_penalty: 1.5, chat_template_kwargs: { enable_thinking: false } },
    });
  });

  it('gives Gemma 4 a smaller image budget on a processor than on a GPU', () => {
    expect(launchSettingsFrom(gemma4.requestSettings, false).imageMaxTokens).toBe(280);
    expect(launchSettingsFrom(gemma4.requestSettings, true).imageMaxTokens).toBe(560);
  });

  it('leaves the app defaults alone where the catalog has no vendor figure', () => {
    const smol = shipped.entries.find((e) => e.id === 'smolvlm2-500m')!;
    expect(launchSettingsFrom(smol.requestSettings, true)).toEqual({ sampling: {} });
  });

  it('puts the image limits on the llama-server command line', () => {
    const args = buildServerArgs({ model: 'm.gguf', contextSize: 8192, parallel: 2, gpuLayers: 'auto', port: 1, imageMinTokens: 70, imageMaxTokens: 280 }, 4);
    expect(args.join(' ')).toContain('--image-min-tokens 70 --image-max-tokens 280');
  });
});

const binary = findTestLlamaServer();

describe.skipIf(!binary)('a catalog model’s settings reach the real llama-server (tiny model)', () => {
  let root: string;
  let files: RangeFileServer;
  let core: Core;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'request-settings-'));
    const tiny = tinyModelPair();
    files = await startRangeFileServer({ '/m/tiny.gguf': { body: fs.readFileSync(tiny.model) }, '/m/tiny-mmproj.gguf': { body: fs.readFileSync(tiny.mmproj) } });
    const file = (p: string) => ({ url: files.url(p), fileName: path.posix.basename(p), sizeBytes: 1, sizeIsApproximate: true, sha256: null, quantization: 'F32' });
    // The tiny pair stands in for Qwen3.5 2B: same catalog settings, files from the local server.
    const catalog: Catalog = { version: 2, entries: [{ ...qwen35, fallbackChatTemplate: 'chatml.jinja', model: file('/m/tiny.gguf'), mmproj: file('/m/tiny-mmproj.gguf') }] };
    core = openCore({ libraryDir: path.join(root, 'library'), catalog });
  });

  afterAll(async () => {
    await core?.engine.stop();
    core?.close();
    await files?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('launches with the image limit and sends sampling and thinking-off in every request, which the server applies', async () => {
    const installed = await core.models.download({ entryId: 'qwen3.5-2b' }, () => undefined);
    if (installed.state !== 'installed') throw new Error('download did not finish');
    const router = createRouter(createHandlers(core));
    const started = await router.invoke('engine.start', { model: installed.model.modelPath, mmproj: installed.model.mmprojPath }, { emit: () => undefined });
    expect(started).toMatchObject({ ok: true, value: { state: 'ready' } });
    const log = fs.readFileSync(path.join(root, 'library', 'logs', 'llama-server.log'), 'utf8');
    expect(log).toMatch(/--image-max-tokens 1024/);

    const { provider } = chooseProvider(core, 'local');
    const image = toDataUrl(await renderProbeImage('jpeg'), 'image/jpeg');
    const body = buildListingRequest({ profile: provider.profile, options: DEFAULT_GENERATION_OPTIONS, limits: listingLimitsFor('shopify', 50), images: [{ dataUrl: image }], seed: 3 });
    const slots = await provider.call(async (client) => {
      const proxy = await startCapturingProxy(client.baseURL.replace(/\/v1\/?$/, ''));
      try {
        const viaProxy = new OpenAI({ baseURL: `${proxy.url}/v1`, apiKey: client.apiKey, maxRetries: 0 });
        await viaProxy.chat.completions.create({ ...body, max_tokens: 8 });
        expect(proxy.bodies[0]).toMatchObject({ temperature: 0.7, top_p: 0.8, top_k: 20, presence_penalty: 1.5, chat_template_kwargs: { enable_thinking: false } });
        const res = await fetch(`${proxy.url}/slots`, { headers: { Authorization: `Bearer ${client.apiKey}` } });
        return (await res.json()) as Array<{ params?: Record<string, number> }>;
      } finally {
        await proxy.close();
      }
    });
    // The server's own record of the last task: the catalog's sampling, not llama.cpp's defaults (0.8 / 40 / 0.95 / 0).
    const used = slots.find((s) => s.params)?.params;
    expect(used).toMatchObject({ top_k: 20, presence_penalty: 1.5 });
    expect(used?.temperature).toBeCloseTo(0.7, 5);
    expect(used?.top_p).toBeCloseTo(0.8, 5);
  }, 120_000);
});
