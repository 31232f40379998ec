import type { Migration } from './migration';

/**
 * Why a job paused itself: the engine could not stay up (out of memory, an unsupported model,
 * killed). Shown with the paused job until the owner resumes it; NULL for a pause they asked for.
 */
export const migration005: Migration = {
  version: 5,
  name: 'job-pause-reason',
  up: `
    ALTER TABLE jobs ADD COLUMN pause_reason TEXT;
  `,
};
