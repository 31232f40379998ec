import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chatTemplatePath, loadCatalog, parseCatalog } from '../../../electron/models/model-catalog';
import { defaultResourcesDir } from '../../../electron/models/resources-dir';
import { parseProjectorTypeNames, readBundledLlamaFile } from '../../helpers/bundled-llama-file';

const resourcesDir = defaultResourcesDir();

describe('resources/models/catalog.json', () => {
  const catalog = loadCatalog(resourcesDir);

  it('offers current models and no longer the LLaVA-1.5 conversion that cannot load', () => {
    const ids = catalog.entries.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['qwen3-vl-2b', 'qwen3-vl-4b', 'qwen3-vl-8b', 'gemma-4-e4b', 'qwen3.5-2b', 'smolvlm2-500m']));
    expect(ids).not.toContain('llava-1.5-7b');
  });

  it('gives every entry its repository, files under it, a licence with a verdict, and sources', () => {
    for (const entry of catalog.entries) {
      for (const file of [entry.model, entry.mmproj]) {
        const pinned = entry.revision && file.url.includes(entry.revision);
        expect(file.url, entry.id).toMatch(new RegExp(`^https://huggingface\\.co/${entry.repository.replace('.', '\\.')}/resolve/(main|[0-9a-f]{40})/`));
        expect(file.url.endsWith(`/${file.fileName}`), entry.id).toBe(true);
        if (entry.revision && !pinned) expect(entry.notes, `${entry.id}: an unpinned file must be said`).toMatch(/not pinned/);
      }
      expect(entry.mmproj.fileName.toLowerCase(), entry.id).toContain('mmproj');
      expect(['yes', 'no', 'conditional'], entry.id).toContain(entry.licence.commercialUse);
      if (entry.licence.commercialUse !== 'yes') expect(entry.licence.conditions.length, `${entry.id} must state its conditions`).toBeGreaterThan(0);
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('has a SHA-256 for every file whose hash was published, and exact sizes unless marked approximate', () => {
    const hashes = catalog.entries.flatMap((e) => [e.model, e.mmproj]).map((f) => f.sha256);
    // Every file in this catalog has a published hash (the research found one for each); none is invented.
    expect(hashes.every((h) => h !== null && /^[0-9a-f]{64}$/.test(h))).toBe(true);
    expect(new Set(hashes).size).toBe(hashes.length);
    for (const file of catalog.entries.flatMap((e) => [e.model, e.mmproj])) {
      if (file.sizeBytes % 1_000_000 === 0) expect(file.sizeIsApproximate, file.fileName).toBe(true);
    }
  });

  it('names only projector types the bundled llama.cpp knows (PROJECTOR_TYPE_NAMES in tools/mtmd/clip-impl.h)', () => {
    const known = parseProjectorTypeNames(readBundledLlamaFile('tools/mtmd/clip-impl.h'));
    expect(known.length).toBeGreaterThan(40);
    for (const entry of catalog.entries) expect(known, entry.id).toContain(entry.projectorType);
  }, 60_000);

  it('marks Qwen2.5-VL 3B non-commercial and states MiniCPM-V\'s registration and attribution conditions', () => {
    const byId = new Map(catalog.entries.map((e) => [e.id, e]));
    expect(byId.get('qwen2.5-vl-3b')?.licence.commercialUse).toBe('no');
    const minicpm = byId.get('minicpm-v-2.6')!.licence;
    expect(minicpm.commercialUse).toBe('conditional');
    expect(minicpm.conditions.join(' ')).toMatch(/registration questionnaire/);
    expect(minicpm.conditions.join(' ')).toMatch(/Built with 面壁MiniCPM/);
  });

  it('has a chat template for every model: its own in the GGUF, or a shipped fallback that exists', () => {
    for (const entry of catalog.entries) {
      if (entry.fallbackChatTemplate) expect(fs.existsSync(chatTemplatePath(resourcesDir, entry.fallbackChatTemplate)), entry.fallbackChatTemplate).toBe(true);
      else expect(entry.notes, `${entry.id} without a fallback must say why`).toMatch(/template/);
    }
  });

  it('switches thinking off for the models that think by default', () => {
    for (const entry of catalog.entries.filter((e) => /^(qwen3\.5|gemma-4)/.test(e.id))) {
      expect(entry.requestSettings.chatTemplateKwargs, entry.id).toEqual({ enable_thinking: false });
    }
  });
});

describe('parseCatalog', () => {
  const good = JSON.parse(fs.readFileSync(`${resourcesDir}/models/catalog.json`, 'utf8'));
  const withFirst = (patch: (e: any) => void) => {
    const copy = structuredClone(good);
    patch(copy.entries[0]);
    return copy;
  };

  it('rejects a plain-http download URL, naming the field', () => {
    expect(() => parseCatalog(withFirst((e) => (e.model.url = 'http://example.com/m.gguf')))).toThrow(/entries\.0\.model\.url: must be an https:\/\/ URL/);
  });

  it('rejects an entry without a licence verdict', () => {
    expect(() => parseCatalog(withFirst((e) => delete e.licence.commercialUse))).toThrow(/entries\.0\.licence\.commercialUse/);
  });

  it('rejects a malformed hash but accepts null (no published hash)', () => {
    expect(() => parseCatalog(withFirst((e) => (e.model.sha256 = 'abc')))).toThrow(/entries\.0\.model\.sha256: must be 64 lowercase hex digits/);
    expect(() => parseCatalog(withFirst((e) => (e.model.sha256 = null)))).not.toThrow();
  });

  it('rejects duplicate ids', () => {
    const copy = structuredClone(good);
    copy.entries[1].id = copy.entries[0].id;
    expect(() => parseCatalog(copy)).toThrow(/duplicate id/);
  });
});
