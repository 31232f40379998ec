import type { DraftStatus } from '../../../shared/domain/draft';

/** A draft's status, plus "generating" while a job is writing it and "queued" while that job is paused. */
export type BadgeStatus = DraftStatus | 'generating' | 'queued';

const LABELS: Record<BadgeStatus, string> = {
  new: 'New',
  generating: 'Generating',
  queued: 'Queued',
  draft: 'Draft',
  flagged: 'Flagged',
  approved: 'Approved',
  exported: 'Exported',
};

/** "2 flags": said in words beside the status, not as a bare number inside it. */
export function describeFlagCount(count: number): string | null {
  return count > 0 ? `${count} flag${count === 1 ? '' : 's'}` : null;
}

export function StatusBadge({ status, flagCount = 0 }: { status: BadgeStatus; flagCount?: number }) {
  const flags = describeFlagCount(flagCount);
  return (
    <>
      <span className={`badge badge-${status}`}>{LABELS[status]}</span>
      {flags && <span className="flag-count"> {flags}</span>}
    </>
  );
}
