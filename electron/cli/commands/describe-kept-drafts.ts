import type { GeneratePlan } from '../../../shared/ipc/routes/generate';
import { REWRITE_KINDS } from '../../../shared/domain/draft-kinds';

const KEPT_WORDS = {
  drafts: ['model draft', 'model drafts'],
  edited: ['draft you edited', 'drafts you edited'],
  approved: ['approved draft', 'approved drafts'],
} as const;

/**
 * "Writing 4 products; keeping 3 model drafts and 2 approved drafts (add --rewrite drafts,approved
 * to rewrite them)", or null when nothing is kept.
 */
export function describeKeptDrafts(plan: GeneratePlan): string | null {
  const kept = REWRITE_KINDS.filter((kind) => plan.kept[kind] > 0);
  if (kept.length === 0) return null;
  const list = kept.map((kind) => `${plan.kept[kind]} ${KEPT_WORDS[kind][plan.kept[kind] === 1 ? 0 : 1]}`);
  const joined = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
  return `Writing ${plan.write} product${plan.write === 1 ? '' : 's'}; keeping ${joined} as they are (add --rewrite ${kept.join(',')} to rewrite them).`;
}
