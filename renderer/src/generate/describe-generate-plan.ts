import { REWRITE_KINDS, type RewriteKind } from '../../../shared/domain/draft-kinds';
import type { GeneratePlan } from '../../../shared/ipc/routes/generate';

const KIND_WORDS: Record<RewriteKind, [string, string]> = {
  drafts: ['model draft you have not changed', 'model drafts you have not changed'],
  edited: ['draft you edited', 'drafts you edited'],
  approved: ['approved draft', 'approved drafts'],
};

/** The existing drafts Generate all would leave alone, the kinds the owner may tick to rewrite. */
export function keptKinds(plan: GeneratePlan): RewriteKind[] {
  return REWRITE_KINDS.filter((kind) => plan.kept[kind] > 0);
}

/** Whether Generate all can start without asking: it would replace nothing and leave nothing out. */
export function needsConfirmation(plan: GeneratePlan): boolean {
  return keptKinds(plan).length > 0;
}

/** How many listings the job would write with these kinds ticked for rewriting. */
export function countToWrite(plan: GeneratePlan, rewrite: readonly RewriteKind[]): number {
  return plan.write + rewrite.reduce((n, kind) => n + plan.kept[kind], 0);
}

/** "Rewrite the 2 approved drafts too" */
export function describeRewriteChoice(plan: GeneratePlan, kind: RewriteKind): string {
  const n = plan.kept[kind];
  return `Rewrite the ${n} ${KIND_WORDS[kind][n === 1 ? 0 : 1]} too`;
}

/** "4 new, 3 drafts, 2 approved": what Generate all found, before any choice. */
export function describePlanCounts(plan: GeneratePlan): string {
  const parts = [`${plan.write} to write${plan.failed > 0 ? ` (${plan.failed} failed last time)` : ''}`];
  for (const kind of keptKinds(plan)) parts.push(`${plan.kept[kind]} ${KIND_WORDS[kind][plan.kept[kind] === 1 ? 0 : 1]}`);
  return parts.join(', ');
}
