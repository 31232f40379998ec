import type { ChatCompletion } from 'openai/resources/chat/completions';
import type { z } from 'zod';
import { describeZodError } from '../../shared/describe-zod-error';
import type { Failure } from './classify-failure';

export type ReplyResult<T> = { ok: true; value: T } | { ok: false; failure: Failure };

/**
 * Checks a 200 answer before trusting it: truncation is a 200 too (finish_reason 'length' with
 * half-written JSON), so finish_reason first, then JSON.parse, then the schema.
 */
export function readReply<T>(completion: Pick<ChatCompletion, 'choices'>, schema: z.ZodType<T>): ReplyResult<T> {
  const choice = completion.choices?.[0];
  if (!choice) return unparsable('the answer had no choices');
  if (choice.finish_reason === 'length') return { ok: false, failure: { kind: 'truncated', detail: 'finish_reason "length"' } };
  const refusal = choice.message?.refusal;
  if (refusal) return unparsable(`the model refused: ${refusal.slice(0, 200)}`);
  const content = choice.message?.content?.trim();
  if (!content) return unparsable('the answer was empty');
  let json: unknown;
  try {
    json = JSON.parse(stripCodeFence(content));
  } catch {
    return unparsable(`the answer was not valid JSON (starts with ${JSON.stringify(content.slice(0, 40))})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return unparsable(`the answer did not match the listing format: ${describeZodError(parsed.error)}`);
  return { ok: true, value: parsed.data };
}

/** Some endpoints wrap JSON in a ```json fence even under a schema. */
function stripCodeFence(text: string): string {
  const m = /^```(?:json)?\s*([\s\S]*?)\s*```$/i.exec(text);
  return m ? m[1]! : text;
}

function unparsable(detail: string): ReplyResult<never> {
  return { ok: false, failure: { kind: 'unparsable', detail } };
}
