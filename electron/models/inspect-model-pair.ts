import fs from 'node:fs';
import path from 'node:path';
import type { InstalledModel } from '../../shared/domain/local-model';
import { chatTemplatePath } from './model-catalog';
import { checkModelPair } from './check-model-pair';
import { readGgufFacts } from './gguf-facts';
import { guessChatTemplate } from './guess-chat-template';

export interface PairIdentity {
  id: string;
  name: string;
  source: InstalledModel['source'];
  /** The catalog's template; local pairs get one guessed from the files. */
  fallbackChatTemplate?: string;
}

/**
 * Reads both headers with readGgufFileInfo and checks that they belong together, before
 * llama-server ever sees them; returns the record for models.json.
 */
export async function inspectModelPair(modelPath: string, mmprojPath: string, who: PairIdentity): Promise<InstalledModel> {
  const model = await readGgufFacts(modelPath);
  const mmproj = await readGgufFacts(mmprojPath);
  const pair = checkModelPair(model, mmproj);
  const architecture = model.architecture ?? 'unknown';
  const projectorType = mmproj.projectorType ?? 'unknown';
  return {
    id: who.id,
    name: who.name,
    source: who.source,
    modelPath: path.resolve(modelPath),
    mmprojPath: path.resolve(mmprojPath),
    modelBytes: fs.statSync(modelPath).size,
    mmprojBytes: fs.statSync(mmprojPath).size,
    architecture,
    projectorType,
    embeddingWidth: pair.embeddingWidth,
    widthChecked: pair.widthChecked,
    ggufHasChatTemplate: model.hasChatTemplate,
    fallbackChatTemplate: who.fallbackChatTemplate ?? guessChatTemplate(architecture, projectorType),
    addedAt: new Date().toISOString(),
  };
}

/**
 * The --chat-template-file llama-server needs for this model, or undefined when the GGUF's own
 * template should be used (Jinja is on by default in this llama.cpp).
 */
export function chatTemplateFileFor(model: InstalledModel, resourcesDir: string): string | undefined {
  if (model.ggufHasChatTemplate || !model.fallbackChatTemplate) return undefined;
  return chatTemplatePath(resourcesDir, model.fallbackChatTemplate);
}
