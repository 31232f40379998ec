import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpTransport } from '../../../../renderer/src/api/http-transport';
import { readTokenFromHash } from '../../../../renderer/src/api/read-token';
import { buildApi } from '../../../../shared/ipc/build-api';
import { eventNames, routeNames } from '../../../../shared/ipc/contract';

const seen: Array<{ url: string; auth: string | undefined; body: unknown }> = [];
let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  // A tiny real server speaking the browser host's protocol: POST /rpc/<route>, bearer token.
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      seen.push({ url: req.url!, auth: req.headers.authorization, body: JSON.parse(raw || 'null') });
      if (req.headers.authorization !== 'Bearer s3cret') {
        res.writeHead(401, { 'content-type': 'text/plain' }).end('no');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, value: { echoed: req.url } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('createHttpTransport', () => {
  it('posts each route to /rpc/<route> with the bearer token and returns the Result', async () => {
    const api = buildApi(routeNames, eventNames, createHttpTransport(baseUrl, 's3cret'));
    const result = await api.drafts.update({ productId: 3, baseRevision: 1, fields: { title: 'Tote' } });
    expect(result).toEqual({ ok: true, value: { echoed: '/rpc/drafts.update' } });
    expect(seen.at(-1)).toEqual({ url: '/rpc/drafts.update', auth: 'Bearer s3cret', body: { productId: 3, baseRevision: 1, fields: { title: 'Tote' } } });
  });

  it('turns a non-Result reply into an error Result instead of throwing', async () => {
    const result = await createHttpTransport(baseUrl, 'wrong').invoke('app.info', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Listing Studio answered 401 Unauthorized to /rpc/app.info.' } });
  });

  it('turns an unreachable server into an error Result naming where it looked', async () => {
    const result = await createHttpTransport('http://127.0.0.1:1', 't').invoke('app.info', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('Could not reach Listing Studio at http://127.0.0.1:1');
  });
});

describe('readTokenFromHash', () => {
  it('reads #token=… and nothing else', () => {
    expect(readTokenFromHash('#token=abc123')).toBe('abc123');
    expect(readTokenFromHash('#x=1&token=t%2Bk')).toBe('t+k');
    expect(readTokenFromHash('')).toBeNull();
    expect(readTokenFromHash('#token=')).toBeNull();
    expect(readTokenFromHash('#/products')).toBeNull();
  });
});
