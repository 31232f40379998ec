import type http from 'node:http';

export interface EventStream {
  /** Keeps the response open as a text/event-stream until the page goes away. */
  attach(res: http.ServerResponse): void;
  /** One named server-sent event to every open page. */
  send(event: string, payload: unknown): void;
  closeAll(): void;
}

/** Server-sent events for the browser page: the host's stand-in for webContents.send. */
export function createEventStream(): EventStream {
  const clients = new Set<http.ServerResponse>();
  return {
    attach(res) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      res.on('close', () => clients.delete(res));
    },
    send(event, payload) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const res of clients) res.write(frame);
    },
    closeAll() {
      for (const res of clients) res.end();
      clients.clear();
    },
  };
}
