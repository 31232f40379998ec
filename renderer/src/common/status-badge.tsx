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

export function StatusBadge({ status, flagCount = 0 }: { status: BadgeStatus; flagCount?: number }) {
  return (
    <span className={`badge badge-${status}`} title={flagCount ? `${flagCount} flag${flagCount === 1 ? '' : 's'}` : undefined}>
      {LABELS[status]}
      {flagCount > 0 && status !== 'flagged' ? ` · ${flagCount}` : null}
    </span>
  );
}
