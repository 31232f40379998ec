import OpenAI from 'openai';
import sharp from 'sharp';
import { saveGeneratedDraft } from '../../../../electron/drafts/save-generated-draft';
import type { ItemProcessor } from '../../../../electron/queue/item-processor';
import type { Listing } from './deterministic-processor';

/** The body the tiny model answers: one photo of the product's colour, a small listing schema. */
export async function tinyListingBody(productId: number) {
  const png = await sharp({ create: { width: 32, height: 24, channels: 3, background: { r: (productId * 37) % 256, g: 90, b: 160 } } }).png().toBuffer();
  return {
    model: 'tiny',
    messages: [
      { role: 'system' as const, content: 'You write e-commerce product listings as JSON.' },
      {
        role: 'user' as const,
        content: [
          { type: 'text' as const, text: `Write a title and description for product ${productId}.` },
          { type: 'image_url' as const, image_url: { url: `data:image/png;base64,${png.toString('base64')}` } },
        ],
      },
    ],
    response_format: {
      type: 'json_schema' as const,
      json_schema: {
        name: 'listing',
        schema: {
          type: 'object',
          properties: { title: { type: 'string', maxLength: 60 }, description: { type: 'string', maxLength: 200 } },
          required: ['title', 'description'],
        },
      },
    },
    max_tokens: 600,
    temperature: 0,
    seed: 1234,
  };
}

/**
 * A processor that really asks the tiny model through a running llama-server (the server belongs
 * to whoever started it, so killing this process leaves no server behind).
 */
export function tinyModelProcessor(baseURL: string, apiKey: string, hooks: { onStart?(productId: number): void } = {}): ItemProcessor<Listing> {
  const client = new OpenAI({ baseURL: `${baseURL}/v1`, apiKey, maxRetries: 0 });
  return {
    async process(productId, signal) {
      hooks.onStart?.(productId);
      const completion = await client.chat.completions.create(await tinyListingBody(productId), { signal });
      const parsed = JSON.parse(completion.choices[0]?.message.content ?? '') as { title: string; description: string };
      return { fields: { title: parsed.title, description: parsed.description }, flags: [] };
    },
    commit(db, productId, result) {
      return saveGeneratedDraft(db, productId, result.fields, result.flags).revision;
    },
  };
}
