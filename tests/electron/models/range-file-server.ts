import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the server answers one path; the default sends the file with Range support. */
export interface Route {
  body: Buffer;
  contentType?: string;
  /** The first ranged GET gets this many bytes, then the connection drops (once). */
  dropFirstRangeAfter?: number;
  /** Bytes per write and pause between writes, to keep a download running long enough to cancel. */
  throttle?: { bytes: number; ms: number };
  /** Ranged GETs whose range starts at one of these offsets never finish (until the server closes). */
  stallRangesFrom?: number[];
  status?: number;
}

export interface ServedRequest {
  method: string;
  path: string;
  range?: string;
  /** Body bytes actually written for this request. */
  bytesSent: number;
}

export interface RangeFileServer {
  url(pathname: string): string;
  readonly requests: ServedRequest[];
  set(pathname: string, route: Route): void;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 standing in for Hugging Face, with byte-range support. */
export async function startRangeFileServer(routes: Record<string, Route> = {}): Promise<RangeFileServer> {
  const table = new Map(Object.entries(routes));
  const requests: ServedRequest[] = [];
  const open = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const record: ServedRequest = { method: req.method ?? 'GET', path: pathname, range: req.headers.range, bytesSent: 0 };
    requests.push(record);
    const route = table.get(pathname);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (route.status && route.status !== 200) {
      res.writeHead(route.status, { 'content-type': route.contentType ?? 'text/plain' }).end('error');
      return;
    }
    const size = route.body.length;
    const m = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    const start = m ? Number(m[1]) : 0;
    const end = m && m[2] ? Number(m[2]) : size - 1;
    const headers: http.OutgoingHttpHeaders = {
      'accept-ranges': 'bytes',
      'content-type': route.contentType ?? 'application/octet-stream',
      'content-length': end - start + 1,
    };
    if (m) headers['content-range'] = `bytes ${start}-${end}/${size}`;
    res.writeHead(m ? 206 : 200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    open.add(res);
    res.on('close', () => open.delete(res));
    if (m && route.stallRangesFrom?.includes(start)) {
      // Headers go out, the body never comes: a connection that died mid-transfer.
      res.flushHeaders();
      return;
    }
    let limit = end + 1;
    const drop = m && route.dropFirstRangeAfter !== undefined;
    if (drop) {
      limit = Math.min(limit, start + route.dropFirstRangeAfter!);
      route.dropFirstRangeAfter = undefined;
    }
    const step = route.throttle?.bytes ?? 256 * 1024;
    let at = start;
    const pump = () => {
      if (res.destroyed) return;
      if (at >= limit) {
        if (drop) res.destroy();
        else res.end();
        return;
      }
      const piece = route.body.subarray(at, Math.min(limit, at + step));
      at += piece.length;
      record.bytesSent += piece.length;
      res.write(piece);
      setTimeout(pump, route.throttle?.ms ?? 0);
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (pathname) => `http://127.0.0.1:${port}${pathname}`,
    requests,
    set: (pathname, route) => void table.set(pathname, route),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.close(() => resolve());
      }),
  };
}
