import { AppError } from '../../shared/errors';

/** Thrown when one item ran past its time limit. */
export class ItemTimeoutError extends AppError {
  constructor(readonly limitMs: number) {
    super('engine_failed', `Generating this product took longer than ${formatSeconds(limitMs)} s and was stopped. Try it again, or use a faster engine or model.`);
  }
}

/**
 * Runs `work` with a signal that aborts when `parent` aborts or `limitMs` passes. Settles at that
 * moment even if `work` ignores its signal, so one stuck request cannot stall a worker; a late
 * result or failure of `work` then lands on an already-settled promise and changes nothing.
 */
export function runWithTimeout<T>(work: (signal: AbortSignal) => Promise<T>, limitMs: number, parent: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const ctrl = new AbortController();
    const onParentAbort = (): void => stop(parent.reason);
    const timer = setTimeout(() => stop(new ItemTimeoutError(limitMs)), limitMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      parent.removeEventListener('abort', onParentAbort);
    };
    function stop(reason: unknown): void {
      cleanup();
      ctrl.abort(reason);
      reject(reason);
    }
    if (parent.aborted) {
      stop(parent.reason);
      return;
    }
    parent.addEventListener('abort', onParentAbort, { once: true });
    Promise.resolve()
      .then(() => work(ctrl.signal))
      .then(
        (value) => {
          cleanup();
          resolve(value);
        },
        (err: unknown) => {
          cleanup();
          reject(err);
        },
      );
  });
}

function formatSeconds(ms: number): string {
  return (ms / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 });
}
