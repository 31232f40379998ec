import type { LocalSampling } from '../../shared/domain/local-sampling';
import type { RequestSettings } from '../../shared/domain/local-model';

/** What a catalog model's settings change at launch (server-wide) and in every request. */
export interface ModelLaunchSettings {
  /** --image-min-tokens / --image-max-tokens: llama-server has no per-request field for them. */
  imageMinTokens?: number;
  imageMaxTokens?: number;
  sampling: LocalSampling;
}

/**
 * Pure: the catalog's request settings as launch arguments and request-body fields. A null setting
 * leaves the app's default (or the server's) in place. On a processor the image budget is capped
 * lower, because every image token is encoded and then read by the model on the CPU.
 */
export function launchSettingsFrom(settings: RequestSettings, onGpu: boolean): ModelLaunchSettings {
  const sampling: LocalSampling = {};
  if (settings.temperature !== null) sampling.temperature = settings.temperature;
  if (settings.topP !== null) sampling.top_p = settings.topP;
  if (settings.topK !== null) sampling.top_k = settings.topK;
  if (settings.presencePenalty !== null) sampling.presence_penalty = settings.presencePenalty;
  if (settings.chatTemplateKwargs !== null) sampling.chat_template_kwargs = { ...settings.chatTemplateKwargs };
  const max = onGpu ? settings.imageTokens.maxOnGpu : (settings.imageTokens.maxOnCpu ?? settings.imageTokens.maxOnGpu);
  return {
    ...(settings.imageTokens.min !== null ? { imageMinTokens: settings.imageTokens.min } : {}),
    ...(max !== null ? { imageMaxTokens: max } : {}),
    sampling,
  };
}
