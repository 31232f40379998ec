import { AppError } from '../../shared/errors';

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('cancelled', 'The export was cancelled; no file was written and no draft was marked exported.');
}
