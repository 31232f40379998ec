import { AppError } from '../../shared/errors';
import type { CloudEndpointSettings } from '../../shared/domain/generation-options';
import { describeFinalFailure } from './plan-retry';
import { createCloudProvider } from './providers/cloud-provider';
import { toFailure } from './to-attempt-error';

const TEST_TIMEOUT_MS = 20_000;

/**
 * One tiny text request to the cloud endpoint, so Settings can say at once whether the URL,
 * model and key work. Errors carry the same plain sentences as generation, with the key redacted.
 */
export async function testCloudEndpoint(endpoint: CloudEndpointSettings, apiKey: string, timeoutMs = TEST_TIMEOUT_MS): Promise<{ ok: true; model: string; seconds: number }> {
  const provider = createCloudProvider({ ...endpoint, apiKey }, { timeoutMs });
  const started = performance.now();
  try {
    const reply: unknown = await provider.call((client) =>
      client.chat.completions.create({ model: endpoint.model, messages: [{ role: 'user', content: 'Reply with OK.' }], max_tokens: 5 }, { timeout: timeoutMs }),
    );
    const wrong = describeNonChatReply(reply);
    if (wrong) {
      throw new AppError(
        'cloud_failed',
        `${endpoint.baseURL} answered, but not as an OpenAI-compatible API: it sent ${wrong}. This is often a Wi-Fi sign-in page or a website address. Check the API base URL (it usually ends in /v1) and that you are online.`,
      );
    }
    const model = (reply as { model?: unknown }).model;
    return { ok: true, model: typeof model === 'string' && model ? model : endpoint.model, seconds: (performance.now() - started) / 1000 };
  } catch (err) {
    if (err instanceof AppError) throw new AppError(err.code, provider.redact(err.message));
    const { code, message } = describeFinalFailure(toFailure(err, provider.redact), provider.endpoint);
    throw new AppError(code, provider.redact(message));
  }
}

/**
 * What is wrong with a 200 reply that is not a chat completion (null when it is one). The client
 * hands back a captive portal's HTML as a string and any JSON as it came, so the shape is checked here.
 */
export function describeNonChatReply(reply: unknown): string | null {
  if (typeof reply === 'string') return /<html|<!doctype/i.test(reply) ? 'a web page (HTML)' : 'plain text';
  if (typeof reply !== 'object' || reply === null) return 'an empty reply';
  const choices = (reply as { choices?: unknown }).choices;
  if (!Array.isArray(choices) || choices.length === 0) return 'JSON without the "choices" list a chat reply has';
  const message = (choices[0] as { message?: unknown } | null)?.message;
  if (typeof message !== 'object' || message === null) return 'JSON whose first choice has no message';
  return null;
}
