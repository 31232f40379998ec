import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import { installedModelsFile } from '../../../../electron/models/installed-models';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { createRouter, type HandlerContext } from '../../../../electron/ipc/router';
import { tinyModelPair } from '../../../helpers/tiny-model';

let root: string;
let libraryDir: string;
let core: Core;
const ctx: HandlerContext = { emit: () => undefined };

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'models-handler-'));
  libraryDir = path.join(root, 'library');
  core = openCore({ libraryDir });
});

afterEach(() => {
  core.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const invoke = (name: string, input: unknown) => createRouter(createHandlers(core)).invoke(name, input, ctx);

describe('models routes', () => {
  it('models.catalog lists the shipped catalog', async () => {
    const reply = await invoke('models.catalog', {});
    expect(reply.ok).toBe(true);
    const entries = (reply as { value: { entries: { id: string }[] } }).value.entries;
    expect(entries.map((e) => e.id)).toContain('qwen3-vl-8b');
  });

  it('models.addLocal checks the pair, records it in models.json and models.installed lists it', async () => {
    const { model, mmproj } = tinyModelPair();
    const added = await invoke('models.addLocal', { modelPath: model, mmprojPath: mmproj, name: 'My tiny model' });
    expect(added).toMatchObject({
      ok: true,
      value: { name: 'My tiny model', source: 'local', modelPath: model, mmprojPath: mmproj, architecture: 'llama', projectorType: 'mlp', embeddingWidth: 64, widthChecked: true, ggufHasChatTemplate: true },
    });
    expect(fs.existsSync(installedModelsFile(libraryDir))).toBe(true);

    // Adding the same pair again replaces the record instead of duplicating it.
    await invoke('models.addLocal', { modelPath: model, mmprojPath: mmproj });
    core.close();
    core = openCore({ libraryDir });
    const listed = await invoke('models.installed', {});
    expect(listed).toMatchObject({ ok: true, value: [{ source: 'local', present: true, name: 'tiny' }] });
  });

  it('models.addLocal refuses a mismatched pair as data, naming both files', async () => {
    const { model } = tinyModelPair();
    const { mmproj } = tinyModelPair('mismatched');
    const reply = await invoke('models.addLocal', { modelPath: model, mmprojPath: mmproj });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'model_invalid', message: 'tiny-mmproj.gguf projects to 32 dimensions but tiny.gguf expects 64: this mmproj belongs to a different model.' },
    });
    expect(await invoke('models.installed', {})).toEqual({ ok: true, value: [] });
  });

  it('models.addLocal names a file that is not GGUF', async () => {
    const notes = path.join(root, 'notes.gguf');
    fs.writeFileSync(notes, '{"not":"a model"}');
    const reply = await invoke('models.addLocal', { modelPath: notes, mmprojPath: tinyModelPair().mmproj });
    expect(reply).toEqual({ ok: false, error: { code: 'model_invalid', message: 'notes.gguf is not a GGUF model file: it is a JSON text file, not a model. Choose a .gguf file.' } });
  });

  it('models.installed marks a recorded pair whose file was moved away', async () => {
    const { model, mmproj } = tinyModelPair();
    const copy = path.join(root, 'copy.gguf');
    fs.copyFileSync(model, copy);
    await invoke('models.addLocal', { modelPath: copy, mmprojPath: mmproj });
    fs.rmSync(copy);
    expect(await invoke('models.installed', {})).toMatchObject({ ok: true, value: [{ name: 'copy', present: false }] });
  });

  it('models.download of an unknown entry and models.cancelDownload without an id fail clearly', async () => {
    expect(await invoke('models.download', { entryId: 'no-such-model' })).toEqual({ ok: false, error: { code: 'not_found', message: 'There is no model "no-such-model" in the catalog.' } });
    expect(await invoke('models.cancelDownload', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await invoke('models.cancelDownload', { downloadId: 'nothing-running' })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('hides non-commercial models by default and remembers the owner choosing to see them, in the library', async () => {
    expect(await invoke('models.catalog', {})).toMatchObject({ ok: true, value: { showNonCommercial: false } });
    expect(await invoke('models.setShowNonCommercial', { show: true })).toEqual({ ok: true, value: { showNonCommercial: true } });
    core.close();
    core = openCore({ libraryDir });
    expect(await invoke('models.catalog', {})).toMatchObject({ ok: true, value: { showNonCommercial: true } });
  });

  it('models.recommend answers for this machine with a reason', async () => {
    const reply = await invoke('models.recommend', {});
    expect(reply.ok).toBe(true);
    const value = (reply as { value: { entryId: string; reason: string; runsOn: string; machine: { gpu: unknown; ramBytes: number } } }).value;
    expect(value.machine.ramBytes).toBe(os.totalmem());
    expect(value.reason.length).toBeGreaterThan(20);
    const cpuFriendly = core.models.catalog().entries.filter((e) => e.cpuFriendly).map((e) => e.id);
    if (value.machine.gpu === false) expect(cpuFriendly).toContain(value.entryId);
  }, 30_000);
});
