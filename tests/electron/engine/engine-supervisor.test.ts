import fs from 'node:fs';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProbeRequest, renderProbeImage, toDataUrl } from '../../../electron/engine/probe-request';
import type { EngineStatus } from '../../../electron/engine/engine-supervisor';
import { createTestEngine, findTestLlamaServer, type TestEngine } from '../../helpers/llama-server';

const binary = findTestLlamaServer();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function expectListing(content: string | null | undefined): void {
  const value = JSON.parse(content ?? '') as Record<string, unknown>;
  expect(Object.keys(value).sort()).toEqual(['description', 'title']);
  expect(typeof value.title).toBe('string');
  expect(typeof value.description).toBe('string');
  expect((value.title as string).length).toBeLessThanOrEqual(60);
  expect((value.description as string).length).toBeLessThanOrEqual(400);
}

describe.skipIf(!binary)('EngineSupervisor with a real llama-server', () => {
  let engine: TestEngine;
  let pngUrl: string;
  const statuses: EngineStatus[] = [];

  beforeAll(async () => {
    engine = createTestEngine(binary!);
    engine.supervisor.onStatus((s) => statuses.push(s));
    pngUrl = toDataUrl(await renderProbeImage('png'), 'image/png');
    await engine.supervisor.start();
  });

  afterAll(async () => {
    await engine?.dispose();
  });

  it('reports ready with what the server chose: 2 slots of 4096 tokens, loopback URL', () => {
    const status = engine.supervisor.status();
    expect(status.state).toBe('ready');
    expect(status.slots).toBe(2);
    expect(status.contextSize).toBe(4096);
    expect(status.pid).toBeGreaterThan(0);
    expect(engine.supervisor.baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(statuses.map((s) => s.state)).toEqual(['starting', 'ready']);
  });

  it('answers an image request with JSON that satisfies the schema', async () => {
    const reply = await engine.supervisor.request((client) => client.chat.completions.create(buildProbeRequest(pngUrl)));
    expect(reply.choices[0]?.finish_reason).toBe('stop');
    expectListing(reply.choices[0]?.message.content);
    // The 32 px / 8 px-patch tower turns the photo into 16 image tokens, all counted in the prompt.
    expect(reply.usage?.prompt_tokens).toBeGreaterThan(16);
  });

  it('accepts JPEG too, and gives the same answer for the same request (temperature 0, seed)', async () => {
    const jpegUrl = toDataUrl(await renderProbeImage('jpeg'), 'image/jpeg');
    const ask = () => engine.supervisor.request((c) => c.chat.completions.create(buildProbeRequest(jpegUrl)));
    const [a, b] = [await ask(), await ask()];
    expectListing(a.choices[0]?.message.content);
    expect(b.choices[0]?.message.content).toBe(a.choices[0]?.message.content);
  });

  it('runs two requests at once in two slots, as the server reports in /slots', async () => {
    const processingSeen = new Set<number>();
    let mostAtOnce = 0;
    let done = false;
    const poll = (async () => {
      while (!done) {
        const res = await fetch(`${engine.supervisor.baseURL}/slots`, { headers: { Authorization: `Bearer ${engine.supervisor.apiKey}` } });
        const slots = (await res.json()) as { id: number; is_processing: boolean }[];
        const busy = slots.filter((s) => s.is_processing);
        busy.forEach((s) => processingSeen.add(s.id));
        mostAtOnce = Math.max(mostAtOnce, busy.length);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const replies = await Promise.all([
      engine.supervisor.request((c) => c.chat.completions.create(buildProbeRequest(pngUrl, { seed: 1 }))),
      engine.supervisor.request((c) => c.chat.completions.create(buildProbeRequest(pngUrl, { seed: 2 }))),
    ]);
    done = true;
    await poll;
    replies.forEach((r) => expectListing(r.choices[0]?.message.content));
    expect(mostAtOnce).toBe(2);
    expect([...processingSeen].sort()).toEqual([0, 1]);
  });

  it('answers a corrupt image with a clear 400', async () => {
    const garbage = toDataUrl(Buffer.from('this is not a picture at all'), 'image/png');
    const err = await engine.supervisor.request((c) => c.chat.completions.create(buildProbeRequest(garbage))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).status).toBe(400);
    expect((err as Error).message).toMatch(/Failed to load image/);
    expect(engine.supervisor.status().state).toBe('ready');
  });

  it('refuses a wrong key with 401', async () => {
    const wrong = new OpenAI({ baseURL: `${engine.supervisor.baseURL}/v1`, apiKey: 'not-the-key', maxRetries: 0 });
    const err = await wrong.chat.completions.create(buildProbeRequest(pngUrl)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((err as InstanceType<typeof OpenAI.AuthenticationError>).status).toBe(401);
  });

  it('keeps the key off the command line and out of the log', () => {
    const key = engine.supervisor.apiKey!;
    const pid = engine.supervisor.status().pid!;
    expect(key.length).toBeGreaterThanOrEqual(32);
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    expect(cmdline).toContain('127.0.0.1');
    expect(cmdline).not.toContain(key);
    const log = fs.readFileSync(engine.logFile, 'utf8');
    expect(log).toContain('[supervisor] launch:');
    expect(log).not.toContain(key);
    // llama-server prints the key's last 4 characters at trace level; the supervisor masks them.
    expect(log).toContain('api_keys: ****');
    expect(log).not.toContain(`****${key.slice(-4)}`);
  });

  it('restarts after kill -9 during a request, and the request succeeds on its retry', async () => {
    const before = engine.supervisor.status();
    let attempts = 0;
    const reply = await engine.supervisor.request(async (client) => {
      attempts++;
      const pending = client.chat.completions.create(buildProbeRequest(pngUrl));
      if (attempts === 1) setTimeout(() => process.kill(before.pid!, 'SIGKILL'), 30);
      return pending;
    });
    expect(attempts).toBe(2);
    expectListing(reply.choices[0]?.message.content);
    const after = engine.supervisor.status();
    expect(after.state).toBe('ready');
    expect(after.restarts).toBe(before.restarts + 1);
    expect(after.pid).not.toBe(before.pid);
    expect(isRunning(before.pid!)).toBe(false);
    // A SIGKILL comes from outside (the system or another program), and is named so.
    expect(statuses.some((s) => s.state === 'crashed' && s.error?.code === 'killed')).toBe(true);
  });

  it('stops with no llama-server process left', async () => {
    const pid = engine.supervisor.status().pid!;
    expect(isRunning(pid)).toBe(true);
    await engine.supervisor.stop();
    expect(engine.supervisor.status().state).toBe('stopped');
    expect(isRunning(pid)).toBe(false);
    expect(engine.supervisor.baseURL).toBeUndefined();
    await expect(engine.supervisor.request(async () => 1)).rejects.toThrow(/not running/);
  });
});
