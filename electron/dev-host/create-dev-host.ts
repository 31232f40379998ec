import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Core } from '../core/core';
import { createHandlers } from '../ipc/handlers';
import { createRouter, type HandlerContext } from '../ipc/router';
import { buildContentSecurityPolicy } from '../serving/content-security-policy';
import { createHostToken, readRequestToken, tokensMatch } from './check-token';
import { createEventStream } from './event-stream';
import { BodyTooLargeError, readBody } from './read-body';
import { serveHostPhoto } from './serve-host-photo';
import { serveStatic } from './serve-static';
import { stageUpload } from './stage-upload';

export interface DevHostOptions {
  core: Core;
  /** The built renderer (out/renderer after `electron-vite build`). */
  rendererDir: string;
  /** Where files dropped in the browser are written before import. */
  uploadsDir: string;
  /** Fixed only by tests of the token check; every real run gets a fresh random one. */
  token?: string;
}

export interface DevHost {
  /** http://127.0.0.1:<port>/#token=… — the page to open. */
  pageUrl: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const MAX_RPC_BYTES = 20 * 1024 * 1024;

/**
 * The renderer and the real core in an ordinary browser, for end-to-end tests and development
 * without the Electron binary: the same handler table as the desktop app over HTTP on 127.0.0.1
 * only, every request but the page's own files checked against a per-run token.
 */
export async function startDevHost(opts: DevHostOptions): Promise<DevHost> {
  const token = opts.token ?? createHostToken();
  const router = createRouter(createHandlers(opts.core), { logError: (route, err) => console.error(`[dev-host] ${route} failed:`, err) });
  const events = createEventStream();
  const ctx: HandlerContext = { emit: (event, payload) => events.send(event, payload) };
  const pageHeaders = { 'content-security-policy': buildContentSecurityPolicy('production'), 'x-content-type-options': 'nosniff' };
  fs.mkdirSync(opts.uploadsDir, { recursive: true });

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    void route(req, res, url).catch((err: unknown) => {
      const status = err instanceof BodyTooLargeError ? 413 : 500;
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain' });
      res.end((err as Error).message);
    });
  });

  async function route(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const isApi = url.pathname.startsWith('/rpc/') || url.pathname === '/events' || url.pathname.startsWith('/photo/') || url.pathname.startsWith('/upload/');
    if (!isApi) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
      return serveStatic(opts.rendererDir, url.pathname, res, pageHeaders);
    }
    if (!tokensMatch(token, readRequestToken(req.headers.authorization, url))) {
      return void res.writeHead(401, { 'content-type': 'text/plain' }).end('Missing or wrong token.');
    }
    if (url.pathname === '/events') return events.attach(res);
    if (url.pathname.startsWith('/photo/')) return serveHostPhoto(opts.core.libraryDir, url.pathname, res);
    if (req.method !== 'POST') return void res.writeHead(405).end();
    if (url.pathname.startsWith('/upload/')) {
      const staged = await stageUpload(opts.uploadsDir, url.pathname, req);
      return void res.writeHead(staged.status, { 'content-type': 'application/json' }).end(JSON.stringify(staged.body));
    }
    const raw = await readBody(req, MAX_RPC_BYTES);
    let input: unknown;
    try {
      input = raw.length ? JSON.parse(raw.toString('utf8')) : {};
    } catch {
      return void res.writeHead(400, { 'content-type': 'text/plain' }).end('The request body is not JSON.');
    }
    const result = await router.invoke(decodeURIComponent(url.pathname.slice('/rpc/'.length)), input, ctx);
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(result));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    pageUrl: `${origin}/#token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        events.closeAll();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** out/renderer beside the repository root, where `electron-vite build` writes the page. */
export function defaultRendererDir(repoRoot: string): string {
  return path.join(repoRoot, 'out', 'renderer');
}
