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
    const reply = await provider.call((client) =>
      client.chat.completions.create({ model: endpoint.model, messages: [{ role: 'user', content: 'Reply with OK.' }], max_tokens: 5 }, { timeout: timeoutMs }),
    );
    return { ok: true, model: reply.model || endpoint.model, seconds: (performance.now() - started) / 1000 };
  } catch (err) {
    const { code, message } = describeFinalFailure(toFailure(err, provider.redact), provider.endpoint);
    throw new AppError(code, provider.redact(message));
  }
}
