/**
 * Per-model fields of a chat-completion body for llama-server, under the names it reads.
 * chat_template_kwargs reaches the model's Jinja template (e.g. enable_thinking: false).
 */
export interface LocalSampling {
  temperature?: number;
  top_p?: number;
  top_k?: number;
  presence_penalty?: number;
  chat_template_kwargs?: Record<string, boolean | number | string>;
}
