import type { MergePlanEntry } from '../../../shared/domain/merge-plan';
import { describeMergeDraft, describeMergeOutcome } from './describe-merge-outcome';

/**
 * Asks before products merge, saying for each one's draft what becomes of it (the first is the
 * product the others merge into). Cancel has the focus, so Enter does not merge by accident.
 */
export function ConfirmMerge({ plan, onMerge, onCancel }: { plan: readonly MergePlanEntry[]; onMerge: () => void; onCancel: () => void }) {
  return (
    <div role="alertdialog" aria-label="Merge products" aria-describedby="confirm-merge-text" className="confirm-delete confirm-merge">
      <p id="confirm-merge-text">Merge {plan.length} products into one? Their photos join the first one. You can undo the merge afterwards.</p>
      <ul aria-label="What happens to each draft">
        {plan.map((entry) => (
          <li key={entry.productId} data-product-id={entry.productId}>
            <strong>{describeMergeDraft(entry)}</strong>: {describeMergeOutcome(entry, plan)}
          </li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={onMerge}>
        Merge {plan.length} products
      </button>
      <button type="button" onClick={onCancel} autoFocus>
        Cancel
      </button>
    </div>
  );
}
