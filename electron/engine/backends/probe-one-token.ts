/**
 * Asks a ready llama-server for one token through its native /completion route: the smallest
 * computation that runs the model on the chosen device. (The chat route would put a random test
 * model's single byte through the chat-output parser, which can reject it.)
 */
export async function probeOneToken(baseURL: string, apiKey: string, timeoutMs = 60_000): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    const res = await fetch(`${baseURL}/completion`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ prompt: 'Hello', n_predict: 1, temperature: 0, cache_prompt: false }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await res.json().catch(() => undefined)) as { content?: unknown; error?: { message?: string } } | undefined;
    if (!res.ok) return { ok: false, reason: `HTTP ${res.status}${body?.error?.message ? `: ${body.error.message}` : ''}` };
    return typeof body?.content === 'string' ? { ok: true } : { ok: false, reason: 'the reply held no text' };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
}
