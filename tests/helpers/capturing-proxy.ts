import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturingProxy {
  url: string;
  /** Every JSON request body forwarded, in order. */
  bodies: any[];
  close(): Promise<void>;
}

/** A pass-through HTTP proxy on 127.0.0.1 that keeps every request body it forwards to `target` (e.g. the real llama-server). */
export async function startCapturingProxy(target: string): Promise<CapturingProxy> {
  const bodies: any[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (body.length > 0) bodies.push(JSON.parse(body.toString('utf8')));
      const upstream = http.request(new URL(req.url ?? '/', target), { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end());
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bodies, close: () => new Promise((r) => server.close(() => r())) };
}
