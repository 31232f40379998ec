import path from 'node:path';
import type { ProviderKind } from '../../../shared/domain/generation-options';
import { AppError } from '../../../shared/errors';
import { readGenerationSettings } from '../../generation/settings-store';
import type { CliContext } from '../cli-context';
import type { GenerateFlags } from '../parse-cli-args';

/** Tokens per slot: the tiny listing prompt plus photos fits easily; llama-server splits -c across slots. */
const CONTEXT_PER_SLOT = 4096;

/**
 * Picks the engine for a CLI run and, for the local one, starts llama-server with --model/--mmproj
 * or the library's first installed model. The CLI stops it again before exiting.
 */
export async function prepareEngine(ctx: CliContext, gen: GenerateFlags): Promise<ProviderKind> {
  const engine = gen.engine ?? readGenerationSettings(ctx.core.db).provider;
  if (engine !== 'local') return engine;
  let files: { model: string; mmproj: string; chatTemplateFile?: string };
  if (gen.model && gen.mmproj) {
    files = { model: path.resolve(gen.model), mmproj: path.resolve(gen.mmproj) };
  } else {
    const installed = ctx.core.models.installed().find((m) => m.present);
    if (!installed) {
      throw new AppError(
        'engine_unavailable',
        'No local model is installed in this library. Pass --model FILE.gguf --mmproj FILE.gguf, download a model in the app (Models), or use --engine cloud.',
      );
    }
    files = { model: installed.modelPath, mmproj: installed.mmprojPath, chatTemplateFile: ctx.core.models.chatTemplateFile(installed) };
  }
  const parallel = gen.parallel ?? 2;
  ctx.out.info(`Starting the local model ${path.basename(files.model)}…`);
  const status = await ctx.call('engine.start', { ...files, parallel, contextSize: CONTEXT_PER_SLOT * parallel });
  ctx.out.info(`Local model ready (${status.slots ?? parallel} at a time${status.gpuLayers ? `, ${status.gpuLayers} layers on the GPU` : ''}).`);
  return 'local';
}
