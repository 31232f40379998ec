import path from 'node:path';
import { discoverBackends } from './backends/discover-backends';
import { startWithBestBackend } from './backends/start-with-best-backend';
import { EngineSupervisor, type EngineStatus, type SupervisorOptions } from './engine-supervisor';
import { buildProbeRequest, PROBE_SCHEMA, renderProbeImage, toDataUrl } from './probe-request';

export interface ProbeResult {
  readyMs: number;
  requestMs: number;
  finishReason: string | null;
  /** The reply parsed, when it is JSON with both fields. */
  listing?: { title: string; description: string };
  content: string;
  completionTokens?: number;
  status: EngineStatus;
}

function parseListing(content: string): ProbeResult['listing'] {
  try {
    const value = JSON.parse(content) as Record<string, unknown>;
    const ok = PROBE_SCHEMA.required.every((k) => typeof value[k] === 'string');
    return ok ? { title: value.title as string, description: value.description as string } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts an engine (on the best backend that works, for a backend-DL build, else on `cpuBuild`
 * when given, as the app does), sends one synthetic product photo through it, stops it: the
 * end-to-end check.
 */
export async function runEngineProbe({ cpuBuild, ...opts }: SupervisorOptions & { cpuBuild?: string }): Promise<ProbeResult> {
  const backends = discoverBackends(path.dirname(opts.binary));
  const t0 = performance.now();
  let supervisor: EngineSupervisor | undefined;
  try {
    if (backends.length === 0 && !cpuBuild) {
      supervisor = new EngineSupervisor(opts);
      await supervisor.start();
    } else {
      supervisor = await startWithBestBackend({ ...opts, cpuBuild }, backends, { onAttempt: (s) => (supervisor = s) });
    }
    const readyMs = performance.now() - t0;
    const image = toDataUrl(await renderProbeImage('png'), 'image/png');
    const t1 = performance.now();
    const reply = await supervisor.request((client) => client.chat.completions.create(buildProbeRequest(image, { model: opts.alias })));
    const requestMs = performance.now() - t1;
    const content = reply.choices[0]?.message.content ?? '';
    return {
      readyMs,
      requestMs,
      finishReason: reply.choices[0]?.finish_reason ?? null,
      listing: parseListing(content),
      content,
      completionTokens: reply.usage?.completion_tokens,
      status: supervisor.status(),
    };
  } finally {
    await supervisor?.stop();
  }
}
