import { useCallback, useEffect, useRef, useState } from 'react';
import type { RewriteKind } from '../../../shared/domain/draft-kinds';
import type { GenerateJob } from '../../../shared/domain/generate-job';
import { useApi } from '../api/api-context';
import type { JobCounts } from './describe-job-progress';
import { openJobView } from './open-job-view';

export type JobPhase = 'idle' | 'running' | 'paused' | 'finished';

export interface JobView {
  phase: JobPhase;
  jobId: number | null;
  counts: JobCounts | null;
  /**
   * The job's products not yet written; 'all' for a whole-library job until the queue has said
   * which products it holds (generate.items: with rewrite kinds, drafts and approved ones too).
   */
  pending: ReadonlySet<number> | 'all';
  /** Of those, the ones being written now: the rest are queued. */
  running: ReadonlySet<number>;
  /** How the last job ended, or why it could not start. */
  message: string | null;
  failures: GenerateJob['failures'];
}

const IDLE: JobView = { phase: 'idle', jobId: null, counts: null, pending: new Set(), running: new Set(), message: null, failures: [] };

/**
 * One bulk generation at a time: start (for some products or all), pause, resume, cancel.
 * Progress events update the counts; each finished product is reported through `onProductDone`
 * so its card and editor refresh as soon as it is written.
 */
export function useGenerateJob(onProductDone: (productId: number | null) => void) {
  const api = useApi();
  const [view, setView] = useState<JobView>(IDLE);
  const done = useRef(onProductDone);
  done.current = onProductDone;

  useEffect(
    () =>
      api.on('generate.progress', (p) => {
        setView((v) => {
          const pending = v.pending === 'all' || p.lastProductId === null ? v.pending : new Set([...v.pending].filter((id) => id !== p.lastProductId));
          const total = p.done + p.failed + p.remaining;
          return { ...v, jobId: p.jobId, pending, running: new Set(p.runningProductIds), counts: { total, done: p.done, failed: p.failed, remaining: p.remaining, etaSeconds: p.etaSeconds } };
        });
        // An event without a finished product only says one started: nothing new to read yet.
        if (p.lastProductId !== null) done.current(p.lastProductId);
      }),
    [api],
  );

  // A job left paused or interrupted (the engine kept crashing, the app quit) shows with Resume.
  useEffect(() => {
    let live = true;
    void api.generate.status({}).then((result) => {
      const open = live && result.ok ? openJobView(result.value) : null;
      if (open) setView((v) => (v.phase === 'idle' ? { ...v, phase: 'paused', pending: 'all', ...open } : v));
    });
    return () => {
      live = false;
    };
  }, [api]);

  // A whole-library job: ask the queue which products it holds, so each card says Queued until its turn.
  const needsItems = view.pending === 'all' && view.jobId !== null ? view.jobId : null;
  useEffect(() => {
    if (needsItems === null) return;
    let live = true;
    void api.generate.items({ jobId: needsItems }).then((result) => {
      if (!live || !result.ok) return;
      const { waiting, running } = result.value;
      setView((v) => (v.jobId === needsItems && v.pending === 'all' ? { ...v, pending: new Set([...running, ...waiting]), running: new Set(running) } : v));
    });
    return () => {
      live = false;
    };
  }, [api, needsItems]);

  const settle = useCallback((result: Awaited<ReturnType<typeof api.generate.start>>) => {
    if (!result.ok) {
      setView((v) => ({ ...v, phase: v.phase === 'paused' ? 'paused' : 'idle', pending: new Set(), running: new Set(), message: result.error.message }));
      return;
    }
    const job = result.value;
    const counts = { total: job.total, done: job.done, failed: job.failed, remaining: job.remaining, etaSeconds: job.etaSeconds };
    if (job.state === 'paused') {
      // A job that paused itself says why (the engine kept crashing) until it is resumed.
      setView((v) => ({ ...v, phase: 'paused', jobId: job.jobId, counts, running: new Set(), message: job.pauseReason ?? `Paused with ${job.remaining} left.` }));
      return;
    }
    const ended = job.state === 'cancelled' ? `Cancelled: ${job.done} written, ${job.remaining + job.cancelled} not started.` : `Finished: ${job.done} written${job.failed ? `, ${job.failed} failed` : ''}.`;
    setView({ phase: 'finished', jobId: job.jobId, counts, pending: new Set(), running: new Set(), message: ended, failures: job.failures });
    done.current(null);
  }, []);

  /** `rewrite`, with 'all': the kinds of existing drafts the owner chose to have rewritten. */
  const start = useCallback(
    async (productIds: number[] | 'all', rewrite: RewriteKind[] = []) => {
      setView({ ...IDLE, phase: 'running', pending: productIds === 'all' ? 'all' : new Set(productIds) });
      settle(await api.generate.start(productIds === 'all' ? { all: true, rewrite } : { productIds }));
    },
    [api, settle],
  );

  /** The job's id: from the first progress event, or asked for when pausing comes before any. */
  const currentJobId = useCallback(async (): Promise<number | null> => {
    if (view.jobId !== null) return view.jobId;
    const status = await api.generate.status({});
    return status.ok && status.value ? status.value.jobId : null;
  }, [api, view.jobId]);

  const pause = useCallback(async () => {
    const jobId = await currentJobId();
    if (jobId === null) return;
    const result = await api.generate.pause({ jobId });
    if (result.ok) setView((v) => ({ ...v, jobId, phase: 'paused', message: 'Pausing: products already being written will finish.' }));
  }, [api, currentJobId]);

  const resume = useCallback(async () => {
    const jobId = await currentJobId();
    if (jobId === null) return;
    setView((v) => ({ ...v, phase: 'running', message: null }));
    settle(await api.generate.resume({ jobId }));
  }, [api, currentJobId, settle]);

  const cancel = useCallback(async () => {
    const jobId = await currentJobId();
    if (jobId === null) return;
    const result = await api.generate.cancel({ jobId });
    if (result.ok) settle(result);
  }, [api, currentJobId, settle]);

  /** Clears a finished job's summary and failures: the owner has read them. */
  const dismiss = useCallback(() => setView((v) => (v.phase === 'running' || v.phase === 'paused' ? v : { ...v, message: null, failures: [] })), []);

  return { view, start, pause, resume, cancel, dismiss };
}
