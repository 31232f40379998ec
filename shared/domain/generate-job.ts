import { z } from 'zod';

/** A bulk job's life in the queue (electron/queue/jobs.ts stores it). */
export const JOB_STATES = ['queued', 'running', 'paused', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];
export const jobStateSchema = z.enum(JOB_STATES);

/** How a bulk generation ended (or stands): counts, and each failed product with the reason. */
export const generateJobSchema = z.object({
  jobId: z.number().int(),
  state: jobStateSchema,
  total: z.number().int(),
  done: z.number().int(),
  failed: z.number().int(),
  cancelled: z.number().int(),
  remaining: z.number().int(),
  etaSeconds: z.number().nullable(),
  failures: z.array(z.object({ productId: z.number().int(), name: z.string(), error: z.string() })),
  /**
   * Why the job paused itself: the local engine could not stay up (out of memory, an unsupported
   * model, killed), said from its own log. Every unfinished product is still queued; fix the
   * cause, then resume. Null for a pause the owner asked for, and for running or finished jobs.
   */
  pauseReason: z.string().nullable(),
});
export type GenerateJob = z.infer<typeof generateJobSchema>;
