import { AppError } from '../../shared/errors';
import type { GgufFacts } from './gguf-facts';

export interface PairCheck {
  /** False when the projector type has no width rule here: llama-server is the final judge then. */
  widthChecked: boolean;
  /** The text model's input width (what the mmproj must project to). */
  embeddingWidth: number;
}

const invalid = (message: string) => new AppError('model_invalid', message);

export function checkModelFile(model: GgufFacts): number {
  if (model.isProjector) {
    throw invalid(
      `${model.name} is a vision projector (mmproj), not a language model: choose it as the projector and pick the model file that came with it as the model.`,
    );
  }
  if (model.inputWidth === undefined) {
    const arch = model.architecture ? `architecture "${model.architecture}"` : 'no architecture';
    throw invalid(`${model.name} is a GGUF file with ${arch} and no embedding length, so it is not a language model Listing Studio can use: choose the model's main .gguf file.`);
  }
  return model.inputWidth;
}

export function checkMmprojFile(mmproj: GgufFacts): void {
  if (!mmproj.isProjector) {
    const arch = mmproj.architecture ? ` (${mmproj.architecture})` : '';
    throw invalid(
      `${mmproj.name} is a language model${arch}, not a vision projector: pick the mmproj file that came with the model (its name usually starts with "mmproj").`,
    );
  }
  if (!mmproj.hasVisionEncoder) {
    throw invalid(
      mmproj.hasAudioEncoder
        ? `${mmproj.name} is an audio projector: Listing Studio needs an mmproj that reads images.`
        : `${mmproj.name} has no vision encoder (clip.has_vision_encoder is not set), so it cannot read photos: pick the model's image mmproj.`,
    );
  }
  if (!mmproj.projectorType) {
    throw invalid(`${mmproj.name} names no projector type (neither clip.projector_type nor clip.vision.projector_type): it may be a 2023-era conversion that current llama.cpp cannot load; use a newer conversion of this model.`);
  }
  if (mmproj.projection.ok === false) {
    throw invalid(
      `${mmproj.name} is missing its projector weights (${mmproj.projection.missingTensor}): the file is incomplete and would crash the engine; download it again.`,
    );
  }
}

/**
 * Decides whether a model and an mmproj belong together before llama-server sees them (a bad
 * mmproj can crash it with SIGSEGV and no message): the projector's output width must equal the
 * text model's input width, exactly what llama.cpp's mtmd checks.
 */
export function checkModelPair(model: GgufFacts, mmproj: GgufFacts): PairCheck {
  const embeddingWidth = checkModelFile(model);
  checkMmprojFile(mmproj);
  if (mmproj.projection.ok !== true) return { widthChecked: false, embeddingWidth };
  if (mmproj.projection.width !== embeddingWidth) {
    throw invalid(
      `${mmproj.name} projects to ${mmproj.projection.width} dimensions but ${model.name} expects ${embeddingWidth}: this mmproj belongs to a different model.`,
    );
  }
  return { widthChecked: true, embeddingWidth };
}
