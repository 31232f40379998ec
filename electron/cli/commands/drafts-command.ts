import type { Draft, DraftEvidence, DraftFlag } from '../../../shared/domain/draft';
import { AppError } from '../../../shared/errors';
import { describeProducts } from '../../products/require-products';
import { cliProductNameOf } from '../cli-product-name';
import type { CliContext } from '../cli-context';
import type { DraftChanges } from '../parse-cli-args';

const SOURCE_WORDS: Record<string, string> = {
  measured: 'measured from the photo',
  read: 'read off the photo',
  seen: 'seen by the model',
  owner: 'yours',
  unconfirmed: 'unconfirmed: confirm or change it',
  not_visible: 'not visible',
  options: "each variant's own option value",
};

export async function runDraftsShowCommand(ctx: CliContext, productId: number): Promise<number> {
  const draft = await ctx.call('drafts.get', { productId });
  const evidence = await ctx.call('drafts.evidence', { productId });
  ctx.out.result({ ...draft, evidence }, describeDraft(draft, evidence, cliProductNameOf(ctx.core.db, productId)));
  return 0;
}

/** Saves the flags' changes as one edit revision through drafts.update, so the app's checks run on the new text. */
export async function runDraftsSetCommand(ctx: CliContext, productId: number, changes: DraftChanges): Promise<number> {
  const current = await ctx.call('drafts.get', { productId });
  const { attributes: attrChanges, ...rest } = changes;
  const fields: Parameters<typeof ctx.call<'drafts.update'>>[1]['fields'] = { ...rest };
  if (attrChanges) {
    const attributes: Record<string, string> = { ...(current.attributes as Record<string, string>) };
    for (const [key, value] of Object.entries(attrChanges)) {
      if (value) attributes[key] = value;
      else delete attributes[key];
    }
    fields.attributes = attributes;
  }
  const saved = await ctx.call('drafts.update', { productId, baseRevision: current.revision, fields });
  const name = cliProductNameOf(ctx.core.db, productId);
  const lines = saved.revision === current.revision ? [`${name}: nothing changed.`] : [`${name}: saved as revision ${saved.revision} (${saved.status}).`, ...describeFlags(saved.flags)];
  ctx.out.result(saved, lines);
  return 0;
}

export async function runDraftsConfirmCommand(ctx: CliContext, productId: number, words: string[]): Promise<number> {
  const saved = await ctx.call('drafts.confirm', { productId, words });
  ctx.out.result(saved, [`${cliProductNameOf(ctx.core.db, productId)}: confirmed ${words.map((w) => `"${w}"`).join(', ')} (${saved.status}).`, ...describeFlags(saved.flags)]);
  return 0;
}

/** Approves the named drafts; ids that are not products are named, and the rest are still approved. */
export async function runApproveCommand(ctx: CliContext, productIds: number[]): Promise<number> {
  const result = await ctx.call('drafts.setStatus', { productIds, status: 'approved' });
  const approved = productIds.filter((id) => !result.missing.includes(id));
  const stillFlagged: { productId: number; flags: number }[] = [];
  for (const productId of approved) {
    const draft = await ctx.call('drafts.get', { productId });
    if (draft.flags.length > 0) stillFlagged.push({ productId, flags: draft.flags.length });
  }
  const lines = [
    approved.length > 0 ? `Approved ${approved.length} draft${approved.length === 1 ? '' : 's'}.` : 'Approved nothing.',
    ...stillFlagged.map((f) => `${cliProductNameOf(ctx.core.db, f.productId)} still has ${f.flags === 1 ? 'a flag' : `${f.flags} flags`}: see listing-studio drafts show ${f.productId}.`),
  ];
  ctx.out.result({ approved, missing: result.missing, stillFlagged }, lines);
  if (result.missing.length === 0) return 0;
  ctx.out.warn(`listing-studio: ${new AppError('not_found', `${describeProducts(ctx.core.db, result.missing)} ${result.missing.length === 1 ? 'is' : 'are'} not in this library (deleted or merged); the others were approved.`).message}`);
  return 1;
}

function describeDraft(draft: Draft, evidence: DraftEvidence, name: string): string[] {
  const attributes = Object.entries({ ...Object.fromEntries(Object.keys(evidence.sources).map((k) => [k, ''])), ...draft.attributes }).map(
    ([key, value]) => `  ${key}: ${value || '—'} (${SOURCE_WORDS[evidence.sources[key] ?? 'owner']})`,
  );
  const seen = evidence.observed;
  return [
    `${name} · ${draft.status} · revision ${draft.revision}`,
    `Title: ${draft.title}`,
    `Description: ${draft.description}`,
    `Tags: ${draft.tags.join(', ')}`,
    `Price: ${draft.price ?? '—'}  SKU: ${draft.sku ?? '—'}`,
    'Attributes:',
    ...attributes,
    seen
      ? `What the model saw: ${seen.object ?? 'no object named'}; colours ${seen.colours.join(', ') || 'none'}; materials ${seen.materials.join(', ') || 'none'}; text ${seen.visibleText.map((t) => `"${t}"`).join(', ') || 'none'}`
      : 'What the model saw: not recorded (no model wrote this draft since observations were kept).',
    ...describeFlags(draft.flags),
  ];
}

function describeFlags(flags: readonly DraftFlag[]): string[] {
  if (flags.length === 0) return ['No flags.'];
  return ['Flags:', ...flags.map((f) => `  ${f.code}${f.field ? ` (${f.field})` : ''}: ${f.reason}`)];
}
