import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeNonChatReply, testCloudEndpoint } from '../../../electron/generation/test-cloud-endpoint';
import { AppError } from '../../../shared/errors';

/** A real HTTP server on 127.0.0.1 that answers every request 200 with what a path asks for, like a captive portal or a website. */
let server: http.Server;
let base: string;
const PORTAL_PAGE = '<!DOCTYPE html><html><head><title>Hotel Wi-Fi</title></head><body>Sign in to continue</body></html>';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url?.startsWith('/portal/')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PORTAL_PAGE);
    } else if (req.url?.startsWith('/status-json/')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'ok', uptime: 12 }));
    } else {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'c1', object: 'chat.completion', model: 'real-model', choices: [{ index: 0, message: { role: 'assistant', content: 'OK' }, finish_reason: 'stop' }] }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('testCloudEndpoint against a server that answers 200', () => {
  it('fails for an HTML page (a captive portal), naming the URL and what to check', async () => {
    const baseURL = `${base}/portal/v1`;
    const run = testCloudEndpoint({ baseURL, model: 'gpt-4.1-mini' }, 'sk-portal-test-key');
    await expect(run).rejects.toSatisfy((err) => err instanceof AppError && err.code === 'cloud_failed');
    await expect(run).rejects.toThrow(`${baseURL} answered, but not as an OpenAI-compatible API: it sent a web page (HTML)`);
  });

  it('fails for JSON that is not a chat completion', async () => {
    const run = testCloudEndpoint({ baseURL: `${base}/status-json/v1`, model: 'gpt-4.1-mini' }, 'sk-json-test-key');
    await expect(run).rejects.toThrow(/without the "choices" list/);
  });

  it('passes for a real chat completion and reports the model that answered', async () => {
    await expect(testCloudEndpoint({ baseURL: `${base}/v1`, model: 'gpt-4.1-mini' }, 'sk-ok-test-key')).resolves.toMatchObject({ ok: true, model: 'real-model' });
  });
});

describe('describeNonChatReply', () => {
  it('tells a web page, plain text, other JSON and a chat reply apart', () => {
    expect(describeNonChatReply(PORTAL_PAGE)).toBe('a web page (HTML)');
    expect(describeNonChatReply('hello')).toBe('plain text');
    expect(describeNonChatReply(null)).toBe('an empty reply');
    expect(describeNonChatReply({ choices: [] })).toMatch(/choices/);
    expect(describeNonChatReply({ choices: [{}] })).toMatch(/no message/);
    expect(describeNonChatReply({ choices: [{ message: { role: 'assistant', content: 'OK' } }] })).toBeNull();
  });
});
