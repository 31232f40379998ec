import { describe, expect, it } from 'vitest';
import { classifyError, parseRetryAfter } from '../../../electron/generation/classify-failure';
import { planRetry, type AttemptState } from '../../../electron/generation/plan-retry';

const cloud = { kind: 'cloud' as const, name: 'the cloud model gpt-4.1-mini' };
const local = { kind: 'local' as const, name: 'the local model' };
const state = (over: Partial<AttemptState> = {}): AttemptState => ({ seed: 10, budgetScale: 1, imageCount: 4, attempts: 1, failures: {}, ...over });

describe('classifyError', () => {
  it.each([
    [{ status: 500, message: '500 The model produced output that does not match the expected peg-native format' }, 'unparsable'],
    [{ status: 400, message: '400 Failed to load image or audio file' }, 'image_decode'],
    [{ status: 400, message: '400 request (443 tokens) exceeds the available context size (256 tokens), try increasing it' }, 'context'],
    [{ status: 400, message: "400 This model's maximum context length is 128000 tokens" }, 'context'],
    [{ status: 500, message: '500 image input is not supported - hint: you may need to provide the mmproj' }, 'no_vision'],
    [{ status: 401, message: '401 Incorrect API key provided' }, 'auth'],
    [{ status: 429, message: '429 Rate limit reached' }, 'rate_limited'],
    [{ status: 503, message: '503 overloaded' }, 'server'],
    [{ status: 404, message: '404 model not found' }, 'not_found'],
    [{ status: 400, message: '400 Unknown parameter' }, 'bad_request'],
    [{ message: 'Request timed out.', timedOut: true }, 'timeout'],
    [{ message: 'ECONNREFUSED', connection: true }, 'connection'],
  ] as const)('%o is %s', (err, kind) => {
    expect(classifyError(err).kind).toBe(kind);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds, an HTTP date and retry-after-ms', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter({ 'retry-after': '3' }, now)).toBe(3000);
    expect(parseRetryAfter({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }, now)).toBe(5000);
    expect(parseRetryAfter({ 'retry-after-ms': '250', 'retry-after': '9' }, now)).toBe(250);
    expect(parseRetryAfter({ 'retry-after': 'soon' }, now)).toBeUndefined();
  });
});

describe('planRetry', () => {
  it('retries a truncated answer once with twice the budget, then fails clearly', () => {
    const first = planRetry({ kind: 'truncated', detail: 'length' }, state({ failures: { truncated: 1 } }), local);
    expect(first).toEqual({ action: 'retry', next: { seed: 10, budgetScale: 2, imageCount: 4 }, waitMs: 0 });
    const second = planRetry({ kind: 'truncated', detail: 'length' }, state({ budgetScale: 2, failures: { truncated: 2 } }), local);
    expect(second).toMatchObject({ action: 'fail', code: 'engine_failed', message: expect.stringMatching(/stopped before finishing/) });
  });

  it('retries an unparsable answer with another seed, at most twice', () => {
    const first = planRetry({ kind: 'unparsable', detail: 'peg' }, state({ failures: { unparsable: 1 } }), local);
    expect(first.action === 'retry' && first.next.seed).not.toBe(10);
    expect(planRetry({ kind: 'unparsable', detail: 'peg' }, state({ failures: { unparsable: 3 } }), local).action).toBe('fail');
  });

  it('halves the photos when the prompt is over the context, then fails at one photo', () => {
    const plan = planRetry({ kind: 'context', detail: 'too big' }, state({ failures: { context: 1 } }), local);
    expect(plan).toMatchObject({ action: 'retry', next: { imageCount: 2 } });
    expect(planRetry({ kind: 'context', detail: 'too big' }, state({ imageCount: 1, failures: { context: 3 } }), local)).toMatchObject({
      action: 'fail',
      message: expect.stringMatching(/even with one photo/),
    });
  });

  it('waits as long as Retry-After asks, up to a minute, and gives up after three 429s', () => {
    expect(planRetry({ kind: 'rate_limited', detail: '', retryAfterMs: 1500 }, state({ failures: { rate_limited: 1 } }), cloud)).toMatchObject({ action: 'retry', waitMs: 1500 });
    expect(planRetry({ kind: 'rate_limited', detail: '', retryAfterMs: 120_000 }, state({ failures: { rate_limited: 1 } }), cloud)).toMatchObject({
      action: 'fail',
      code: 'cloud_rate_limited',
      message: expect.stringMatching(/asked to wait 120 s/),
    });
    expect(planRetry({ kind: 'rate_limited', detail: '' }, state({ failures: { rate_limited: 4 } }), cloud)).toMatchObject({ action: 'fail', code: 'cloud_rate_limited' });
  });

  it('does not retry a refused key, and says where to fix it', () => {
    expect(planRetry({ kind: 'auth', detail: '401' }, state({ failures: { auth: 1 } }), cloud)).toMatchObject({
      action: 'fail',
      code: 'cloud_auth',
      message: expect.stringMatching(/Enter a valid key in Settings/),
    });
  });

  it('never goes past the attempt cap', () => {
    expect(planRetry({ kind: 'rate_limited', detail: 'x', retryAfterMs: 10 }, state({ attempts: 7, failures: { rate_limited: 1 } }), cloud).action).toBe('fail');
  });
});
