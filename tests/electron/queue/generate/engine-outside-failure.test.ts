import { describe, expect, it } from 'vitest';
import { engineOutsideFailure } from '../../../../electron/queue/generate/engine-outside-failure';
import { AppError } from '../../../../shared/errors';

const unreachable = new AppError('engine_unavailable', 'Product 7: Could not reach the local engine (fetch failed). Check the engine status and restart it.');

describe('engineOutsideFailure', () => {
  it('leaves a product\'s own failures to fail that product', () => {
    expect(engineOutsideFailure(new AppError('engine_failed', 'Product 7: The local model stopped before finishing the listing.'), { state: 'up' })).toBeUndefined();
    expect(engineOutsideFailure(new Error('boom'), { state: 'down', reason: 'x' })).toBeUndefined();
  });

  it('puts the product back in line while the engine is up again or restarting', () => {
    expect(engineOutsideFailure(unreachable, { state: 'restarting' })).toEqual({ action: 'requeue' });
    expect(engineOutsideFailure(unreachable, { state: 'up' })).toEqual({ action: 'requeue' });
  });

  it('pauses with the engine\'s own reason once it is down for good', () => {
    const down = { state: 'down' as const, reason: 'The engine stopped 4 times within a minute, so it is not restarted again. There is not enough memory to load tiny.gguf.' };
    expect(engineOutsideFailure(unreachable, down)).toEqual({ action: 'pause', reason: `${down.reason} Then resume the job: every product not yet written is still queued.` });
  });

  it('pauses with the pipeline\'s sentence, product number dropped, when the endpoint has no engine state', () => {
    expect(engineOutsideFailure(unreachable, undefined)).toMatchObject({ action: 'pause', reason: expect.stringMatching(/^Could not reach the local engine/) });
  });
});
