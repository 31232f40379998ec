import { useState } from 'react';
import type { RewriteKind } from '../../../shared/domain/draft-kinds';
import type { GeneratePlan } from '../../../shared/ipc/routes/generate';
import { countToWrite, describePlanCounts, describeRewriteChoice, keptKinds } from './describe-generate-plan';

interface ConfirmProps {
  plan: GeneratePlan;
  onStart: (rewrite: RewriteKind[]) => void;
  onCancel: () => void;
}

/**
 * Asked before "Generate all" when drafts already exist: it writes only products without one,
 * and the owner ticks each kind of existing draft to rewrite as well. Nothing is ticked at first.
 */
export function ConfirmGenerateAll({ plan, onStart, onCancel }: ConfirmProps) {
  const [rewrite, setRewrite] = useState<RewriteKind[]>([]);
  const toggle = (kind: RewriteKind, on: boolean) => setRewrite((r) => (on ? [...r, kind] : r.filter((k) => k !== kind)));
  const total = countToWrite(plan, rewrite);
  return (
    <div role="dialog" aria-label="Generate all" aria-describedby="generate-all-counts" className="confirm-generate-all">
      <p id="generate-all-counts">{describePlanCounts(plan)}.</p>
      <p>Drafts that already exist stay as they are unless you tick them. A rewritten draft keeps your version in its history, and Put back mine brings it back.</p>
      {keptKinds(plan).map((kind) => (
        <label key={kind}>
          <input type="checkbox" checked={rewrite.includes(kind)} onChange={(e) => toggle(kind, e.target.checked)} />
          {describeRewriteChoice(plan, kind)}
        </label>
      ))}
      <button type="button" className="primary" onClick={() => onStart(rewrite)} disabled={total === 0}>
        {total === 0 ? 'Nothing to write' : `Write ${total} listing${total === 1 ? '' : 's'}`}
      </button>
      <button type="button" onClick={onCancel} autoFocus>
        Cancel
      </button>
    </div>
  );
}
