import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chatTemplatePath, loadCatalog, parseCatalog } from '../../../electron/models/model-catalog';
import { defaultResourcesDir } from '../../../electron/models/resources-dir';

const resourcesDir = defaultResourcesDir();

describe('resources/models/catalog.json', () => {
  const catalog = loadCatalog(resourcesDir);

  it('parses and lists the recommended vision models', () => {
    const ids = catalog.entries.map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining(['llava-1.5-7b', 'llava-1.6-mistral-7b', 'qwen2.5-vl-3b', 'qwen2.5-vl-7b', 'gemma-3-4b', 'smolvlm2-2.2b', 'smolvlm2-500m', 'minicpm-v-2.6']),
    );
  });

  it('gives every entry a model and an mmproj over https, a licence and a template file that exists', () => {
    for (const entry of catalog.entries) {
      expect(entry.model.url, entry.id).toMatch(/^https:\/\/huggingface\.co\/.+\/resolve\/main\/.+\.gguf$/);
      expect(entry.mmproj.url, entry.id).toMatch(/^https:\/\/huggingface\.co\/.+\/resolve\/main\/.+\.gguf$/);
      expect(entry.model.url.endsWith(`/${entry.model.fileName}`), entry.id).toBe(true);
      expect(entry.mmproj.url.endsWith(`/${entry.mmproj.fileName}`), entry.id).toBe(true);
      expect(entry.licence.name.length, entry.id).toBeGreaterThan(0);
      expect(entry.licence.url, entry.id).toMatch(/^https:\/\//);
      expect(fs.existsSync(chatTemplatePath(resourcesDir, entry.fallbackChatTemplate)), entry.fallbackChatTemplate).toBe(true);
      expect(entry.mmproj.fileName.toLowerCase(), entry.id).toContain('mmproj');
    }
  });

  it('says which sizes are approximate: rounded figures are flagged', () => {
    for (const entry of catalog.entries) {
      for (const file of [entry.model, entry.mmproj]) {
        if (file.sizeBytes % 1_000_000 === 0) expect(file.sizeIsApproximate, file.fileName).toBe(true);
      }
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

  it('rejects an entry without a licence', () => {
    expect(() => parseCatalog(withFirst((e) => delete e.licence))).toThrow(/entries\.0\.licence/);
  });

  it('rejects duplicate ids', () => {
    const copy = structuredClone(good);
    copy.entries[1].id = copy.entries[0].id;
    expect(() => parseCatalog(copy)).toThrow(/duplicate id/);
  });
});
