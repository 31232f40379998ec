import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import sharp from 'sharp';

/** The schema the engine self-test asks for: the shape of a listing, small enough for any model. */
export const PROBE_SCHEMA = {
  type: 'object',
  properties: {
    title: { type: 'string', maxLength: 60 },
    description: { type: 'string', maxLength: 400 },
  },
  required: ['title', 'description'],
  additionalProperties: false,
} as const;

/** A small synthetic product photo (a coloured square on white), as PNG or JPEG bytes. */
export async function renderProbeImage(format: 'png' | 'jpeg' = 'png', size = 64): Promise<Buffer> {
  const inner = Math.round(size / 2);
  const square = await sharp({ create: { width: inner, height: inner, channels: 3, background: { r: 200, g: 40, b: 60 } } }).png().toBuffer();
  const canvas = sharp({ create: { width: size, height: size, channels: 3, background: { r: 255, g: 255, b: 255 } } }).composite([
    { input: square, top: Math.round(size / 4), left: Math.round(size / 4) },
  ]);
  return format === 'png' ? canvas.png().toBuffer() : canvas.jpeg({ quality: 85 }).toBuffer();
}

export function toDataUrl(bytes: Buffer, mime: string): string {
  return `data:${mime};base64,${bytes.toString('base64')}`;
}

/**
 * One image + one instruction, answered as JSON by schema. Deterministic (temperature 0, fixed
 * seed). max_tokens covers a byte-level model writing both fields to their maxLength, escapes included (up to ~600 tokens seen).
 */
export function buildProbeRequest(imageDataUrl: string, opts: { model?: string; seed?: number; maxTokens?: number } = {}): ChatCompletionCreateParamsNonStreaming {
  return {
    model: opts.model ?? 'local',
    messages: [
      { role: 'system', content: 'You write e-commerce product listings as JSON.' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Write a title and description for this product photo.' },
          { type: 'image_url', image_url: { url: imageDataUrl } },
        ],
      },
    ],
    response_format: { type: 'json_schema', json_schema: { name: 'listing', schema: PROBE_SCHEMA as unknown as Record<string, unknown>, strict: true } },
    max_tokens: opts.maxTokens ?? 1024,
    temperature: 0,
    seed: opts.seed ?? 1234,
  };
}
