/**
 * The shipped template (resources/models/templates/) for a GGUF pair added by path that carries no
 * chat template. Without one llama-server falls back to ChatML, which loads but prompts LLaVA or
 * Gemma in a format they were not trained on; the projector type tells the family apart.
 */
export function guessChatTemplate(architecture: string, projectorType: string): string {
  if (projectorType === 'idefics3') return 'smolvlm.jinja';
  if (projectorType === 'gemma3' || architecture.startsWith('gemma')) return 'gemma3.jinja';
  if (projectorType === 'mlp' && architecture === 'llama') return 'llava-1.5.jinja';
  return 'chatml.jinja';
}
