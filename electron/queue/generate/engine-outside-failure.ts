import { AppError } from '../../../shared/errors';
import type { EngineAvailability } from '../../generation/providers/listing-provider';
import type { OutsideFailure } from '../item-processor';

const RESUME = 'Then resume the job: every product not yet written is still queued.';

/**
 * Whether a listing failed because of the engine rather than the product. The pipeline says
 * 'engine_unavailable' when the local engine could not be reached or gave up restarting. While
 * the supervisor is bringing it back, the product simply waits its turn again; once it has
 * given up (it crashed too often), every other product would fail the same way, so the job
 * pauses with the supervisor's reason, read from llama-server's own log.
 */
export function engineOutsideFailure(err: unknown, engine: EngineAvailability | undefined): OutsideFailure | undefined {
  if (!(err instanceof AppError) || err.code !== 'engine_unavailable') return undefined;
  if (engine?.state === 'up' || engine?.state === 'restarting') return { action: 'requeue' };
  const reason = engine?.state === 'down' ? engine.reason : err.message.replace(/^Product \d+: /, '');
  return { action: 'pause', reason: `${reason} ${RESUME}` };
}
