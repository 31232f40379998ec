import type { DraftStatus } from '../../../shared/domain/draft';

const LABELS: Record<DraftStatus, string> = {
  new: 'New',
  draft: 'Draft',
  flagged: 'Needs a look',
  approved: 'Approved',
  exported: 'Exported',
};

export function StatusBadge({ status, flagCount = 0 }: { status: DraftStatus; flagCount?: number }) {
  return (
    <span className={`badge badge-${status}`} title={flagCount ? `${flagCount} flag(s)` : undefined}>
      {LABELS[status]}
      {flagCount > 0 && status !== 'flagged' ? ` · ${flagCount}` : null}
    </span>
  );
}
