import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A FAKE OpenAI-compatible cloud endpoint on 127.0.0.1 (node:http), for the error replies a real
 * cloud API gives that cannot be produced here: 429 with Retry-After, 500, a hang, malformed
 * JSON, finish_reason 'length'. Replies are queued in order; when the queue is empty the
 * fallback answers. Every request is recorded (headers and parsed body) for assertions.
 */
export type FakeReply =
  | { status?: number; headers?: Record<string, string>; json: unknown }
  /** A body sent as is, e.g. broken JSON. */
  | { status?: number; headers?: Record<string, string>; raw: string }
  /** Accepts the request and never answers (until close()). */
  | { hang: true };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The parsed JSON body, or the raw text when it is not JSON. */
  body: any;
}

export type ReplySource = FakeReply | ((req: RecordedRequest) => FakeReply);

export interface FaultServer {
  /** http://127.0.0.1:PORT/v1, for the openai SDK's baseURL. */
  readonly baseURL: string;
  readonly requests: RecordedRequest[];
  /** Replies for the next requests, in order. */
  enqueue(...replies: ReplySource[]): void;
  setFallback(reply: ReplySource): void;
  close(): Promise<void>;
}

export interface FaultServerOptions {
  fallback?: ReplySource;
  /** When set, requests without `Authorization: Bearer <apiKey>` get a 401 like OpenAI's. */
  apiKey?: string;
}

export async function startFaultServer(opts: FaultServerOptions = {}): Promise<FaultServer> {
  const queue: ReplySource[] = [];
  const requests: RecordedRequest[] = [];
  let fallback: ReplySource = opts.fallback ?? errorReply(500, 'fault server: no reply queued');

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body: parseJson(text) };
      requests.push(recorded);
      const unauthorised = opts.apiKey !== undefined && req.headers.authorization !== `Bearer ${opts.apiKey}`;
      const source = unauthorised ? errorReply(401, 'Incorrect API key provided.', { type: 'invalid_request_error', code: 'invalid_api_key' }) : (queue.shift() ?? fallback);
      const reply = typeof source === 'function' ? source(recorded) : source;
      if ('hang' in reply) return;
      const body = 'json' in reply ? JSON.stringify(reply.json) : reply.raw;
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    setFallback: (reply) => {
      fallback = reply;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface CompletionOptions {
  finishReason?: 'stop' | 'length';
  promptTokens?: number;
  completionTokens?: number;
  model?: string;
}

/** A chat.completion whose message content is `content`. */
export function completionReply(content: string, opts: CompletionOptions = {}): FakeReply {
  return {
    json: {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: opts.model ?? 'fake-model',
      choices: [{ index: 0, finish_reason: opts.finishReason ?? 'stop', message: { role: 'assistant', content, refusal: null } }],
      usage: {
        prompt_tokens: opts.promptTokens ?? 500,
        completion_tokens: opts.completionTokens ?? 120,
        total_tokens: (opts.promptTokens ?? 500) + (opts.completionTokens ?? 120),
      },
    },
  };
}

/** An error in OpenAI's shape: { error: { message, type, code } }. */
export function errorReply(status: number, message: string, opts: { type?: string; code?: string; headers?: Record<string, string> } = {}): FakeReply {
  return { status, headers: opts.headers, json: { error: { message, type: opts.type ?? 'server_error', code: opts.code ?? null, param: null } } };
}

/** A valid listing answer (the app's listing schema) with the given overrides; FAKE model output. */
export function fakeListing(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    observed: { object: 'ceramic mug', colours: ['red'], materials: ['ceramic'], visibleText: [] },
    title: 'Red Ceramic Mug with Handle',
    description: words(50),
    tags: ['mug', 'ceramic mug', 'red mug'],
    attributes: { category: 'Kitchen > Mugs', color: 'red', material: 'ceramic', brand: null, condition: 'new' },
    uncertain: [],
    ...overrides,
  };
}

/** A description of exactly n words. */
export function words(n: number): string {
  return Array.from({ length: n }, (_, i) => (i === 0 ? 'Sturdy' : 'mug')).join(' ') + '.';
}
