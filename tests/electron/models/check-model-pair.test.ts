import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkModelPair } from '../../../electron/models/check-model-pair';
import { readGgufFileInfo } from 'node-llama-cpp';
import { readGgufFacts } from '../../../electron/models/gguf-facts';
import { minimumGgufSize } from '../../../electron/models/gguf-extent';
import { AppError } from '../../../shared/errors';
import { tinyModelPair } from '../../helpers/tiny-model';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pair-check-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function check(modelPath: string, mmprojPath: string) {
  return checkModelPair(await readGgufFacts(modelPath), await readGgufFacts(mmprojPath));
}

async function failure(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected a failure');
}

describe('readGgufFacts on the tiny pair', () => {
  it('reads the text model: llama, 64 wide, with a chat template', async () => {
    const facts = await readGgufFacts(tinyModelPair().model);
    expect(facts).toMatchObject({ name: 'tiny.gguf', architecture: 'llama', isProjector: false, inputWidth: 64, hasChatTemplate: true });
  });

  it('reads the mmproj: clip, vision encoder, mlp projector that outputs 64 (mm.2.weight ne[1])', async () => {
    const facts = await readGgufFacts(tinyModelPair().mmproj);
    expect(facts).toMatchObject({ architecture: 'clip', isProjector: true, hasVisionEncoder: true, projectorType: 'mlp' });
    expect(facts.projection).toEqual({ ok: true, width: 64, from: 'mm.2.weight' });
  });
});

describe('checkModelPair', () => {
  it('accepts the tiny pair after checking the widths', async () => {
    const { model, mmproj } = tinyModelPair();
    expect(await check(model, mmproj)).toEqual({ widthChecked: true, embeddingWidth: 64 });
  });

  it('rejects an mmproj made for a different model, naming both files and both widths', async () => {
    const { model } = tinyModelPair();
    const { mmproj } = tinyModelPair('mismatched');
    const err = await failure(() => check(model, mmproj));
    expect(err.code).toBe('model_invalid');
    expect(err.message).toBe('tiny-mmproj.gguf projects to 32 dimensions but tiny.gguf expects 64: this mmproj belongs to a different model.');
  });

  it('rejects an mmproj without its projector weights, which would crash llama-server', async () => {
    const { model } = tinyModelPair();
    const { mmproj } = tinyModelPair('missing-projector');
    const err = await failure(() => check(model, mmproj));
    expect(err.message).toMatch(/^tiny-mmproj\.gguf is missing its projector weights \(mm\.2\.weight\)/);
  });

  it('explains a swapped pair: the mmproj given as the model', async () => {
    const { model, mmproj } = tinyModelPair();
    const err = await failure(() => check(mmproj, model));
    expect(err.message).toMatch(/^tiny-mmproj\.gguf is a vision projector \(mmproj\), not a language model/);
  });

  it('explains a language model given where the mmproj is expected', async () => {
    const { model } = tinyModelPair();
    const copy = path.join(scratch, 'second-model.gguf');
    fs.copyFileSync(model, copy);
    const err = await failure(() => check(model, copy));
    expect(err.message).toMatch(/^second-model\.gguf is a language model \(llama\), not a vision projector/);
  });

  it('rejects a file that is not GGUF, saying what it looks like', async () => {
    const page = path.join(scratch, 'model.gguf');
    fs.writeFileSync(page, '<!DOCTYPE html><html><body>Sign in</body></html>');
    const err = await failure(() => readGgufFacts(page));
    expect(err.code).toBe('model_invalid');
    expect(err.message).toBe('model.gguf is not a GGUF model file: it is a web page, not a model (the server sent HTML). Choose a .gguf file.');
  });

  // readGgufFileInfo itself reads past the end as zeros, so these would pass without the size check.
  it.each([600, 9000, 470_000])('rejects a GGUF cut off after %i bytes as incomplete', async (bytes) => {
    const full = fs.readFileSync(tinyModelPair().model);
    const cut = path.join(scratch, `cut-${bytes}.gguf`);
    fs.writeFileSync(cut, full.subarray(0, bytes));
    const err = await failure(() => readGgufFacts(cut));
    expect(err.message).toMatch(new RegExp(`^cut-${bytes}\\.gguf is incomplete: it has ${bytes} bytes but its header describes at least \\d+`));
  });

  it('computes exactly the length of a complete file, so one byte less is caught', async () => {
    for (const file of Object.values(tinyModelPair())) {
      const info = await readGgufFileInfo(file, { logWarnings: false });
      expect(minimumGgufSize(info.infoEndOffset ?? 0, info.tensorInfo ?? [])).toBe(fs.statSync(file).size);
    }
    const full = fs.readFileSync(tinyModelPair().mmproj);
    const short = path.join(scratch, 'short-mmproj.gguf');
    fs.writeFileSync(short, full.subarray(0, full.length - 1));
    await expect(readGgufFacts(short)).rejects.toThrow(/short-mmproj\.gguf is incomplete/);
  });

  it('names a missing file', async () => {
    const err = await failure(() => readGgufFacts(path.join(scratch, 'nope.gguf')));
    expect(err.code).toBe('not_found');
    expect(err.message).toMatch(/^nope\.gguf was not found at /);
  });
});
