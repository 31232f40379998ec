import { AppError } from '../../shared/errors';

/**
 * The in-process handle on one running job: stop() aborts the items in flight (they go back to
 * pending); any change wakes the runner, which then re-reads the job's state from the database,
 * where a cancel, pause or resume is recorded.
 */
export interface JobControl {
  readonly signal: AbortSignal;
  stop(): void;
  notify(): void;
  /** Resolves on the next notify() or after `ms`, whichever comes first. */
  waitForChange(ms: number): Promise<void>;
}

export function createJobControl(): JobControl {
  const abort = new AbortController();
  let waiters: (() => void)[] = [];
  const notify = (): void => {
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };
  return {
    signal: abort.signal,
    stop() {
      abort.abort(new AppError('cancelled', 'The job was stopped.'));
      notify();
    },
    notify,
    waitForChange(ms) {
      return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done(): void {
          clearTimeout(timer);
          resolve();
        }
        waiters.push(done);
      });
    },
  };
}
