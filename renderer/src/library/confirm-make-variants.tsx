import type { MergePlanEntry } from '../../../shared/domain/merge-plan';
import { describeListingFate } from './describe-variants';

interface ConfirmMakeVariantsProps {
  plan: readonly MergePlanEntry[];
  nameOf: (productId: number) => string;
  onMake: () => void;
  onCancel: () => void;
}

/**
 * Asks before products become variants of the first selected one, naming each product and what
 * becomes of its listing, and saying where the option values will come from. Cancel has the
 * focus, so Enter does not make them by accident.
 */
export function ConfirmMakeVariants({ plan, nameOf, onMake, onCancel }: ConfirmMakeVariantsProps) {
  const group = nameOf(plan[0]!.productId);
  return (
    <div role="alertdialog" aria-label="Make variants of one product" aria-describedby="confirm-variants-text" className="confirm-delete confirm-merge">
      <p id="confirm-variants-text">
        Make {group} one product with {plan.length} variants? Each product below becomes one variant with its own photos, SKU and price; they share one title,
        description and tags. Option values (a colour, a size) come from the photos’ names, or else from the colours measured in each variant’s photos; you
        can change them in the editor. You can undo this afterwards.
      </p>
      <ol aria-label="The variants, in order">
        {plan.map((entry, i) => (
          <li key={entry.productId} data-product-id={entry.productId}>
            <strong>{nameOf(entry.productId)}</strong>
            {i === 0 ? ' (the product)' : ''}: {describeListingFate(entry, plan)}
          </li>
        ))}
      </ol>
      <button type="button" className="primary" onClick={onMake}>
        Make {plan.length} variants
      </button>
      <button type="button" onClick={onCancel} autoFocus>
        Cancel
      </button>
    </div>
  );
}
