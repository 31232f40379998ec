import type { Draft, DraftFlag } from '../../shared/domain/draft';
import { generationOptionsSchema, type GenerationOptions } from '../../shared/domain/generation-options';
import { listingLimitsFor } from '../../shared/domain/listing-output';
import type { Photo } from '../../shared/domain/product';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { getDraft } from '../drafts/get-draft';
import { readDraft } from '../drafts/read-draft';
import { saveGeneratedDraft } from '../drafts/save-generated-draft';
import { getPhotos } from '../products/get-photos';
import { quotedProductLabel, upperFirst } from '../drafts/product-label';
import { evidenceContextFor } from './evidence-context';
import { fitDescriptionToBudget, type BudgetResult } from './fit-description-to-budget';
import type { GenerateDeps } from './generate-listing';
import { findUnreadablePhotos, loadModelImages, unreadablePhoto } from './load-model-images';
import type { ListingProvider } from './providers/listing-provider';
import { fitRegeneratedField, refreshFieldFlags, toListingOutput } from './regenerate-field-finish';
import type { ListingText, RegenerableField } from './regenerate-field-prompt';
import { buildRegenerateFieldRequest, fieldOutputSchema, requireRegenerableField } from './regenerate-field-request';
import { runAttempts } from './run-attempts';
import { planModelPhotos } from './plan-model-photos';

export interface RegenerateFieldRequest {
  productId: number;
  /** Any draft field name: price and SKU are refused with a sentence that says why. */
  field: string;
  /** The revision the editor shows; a newer one in the database means its context is stale. */
  baseRevision?: number;
}

export interface RegeneratedField {
  draft: Draft;
  field: RegenerableField;
  /** Requests sent, the description's corrective re-ask and every retry included. */
  attempts: number;
  imagesSent: number;
  usage: { promptTokens: number; completionTokens: number };
  seconds: number;
}

/**
 * Rewrites one field of a product's listing from its photos and the listing's other fields, and
 * saves it as one new 'generate' revision that changes only that field and that field's flags.
 * Retries and failures are classified as for a whole listing, and as after one the draft is
 * 'flagged' when any flag remains, else 'draft': new text wants a person's look again.
 */
export async function regenerateField(deps: GenerateDeps, request: RegenerateFieldRequest, options: Partial<GenerationOptions> = {}): Promise<RegeneratedField> {
  const started = performance.now();
  const { productId } = request;
  const name = quotedProductLabel(deps.db, productId);
  const field = requireRegenerableField(name, request.field);
  const opts = generationOptionsSchema.parse(options);
  const { provider } = deps;
  const before = getDraft(deps.db, productId);
  if (request.baseRevision !== undefined && request.baseRevision !== before.revision) {
    throw new AppError(
      'conflict',
      `The draft of ${name} was saved elsewhere (it is at revision ${before.revision}, this editor started from ${request.baseRevision}). Reload the draft, then regenerate the ${field} again.`,
    );
  }
  const photos = getPhotos(deps.db, productId);
  if (photos.length === 0) {
    throw new AppError('invalid_input', `${upperFirst(name)} has no photos. Add at least one photo, then regenerate the ${field} again.`);
  }
  const { chosen, variants, colourOption, colours } = planModelPhotos(deps, productId, photos, opts);
  const images = await loadModelImages(deps.libraryDir, chosen, provider.imageEdge(chosen.length), name);
  const limits = listingLimitsFor(opts.platform, opts.wordTarget);
  // The revision is part of the seed: asking twice for a new title should not give the same one.
  const seed = deps.seed ?? 1000 + productId + before.revision;

  const main = await runAttempts({
    provider,
    productId,
    signal: deps.signal,
    log: deps.log,
    schema: fieldOutputSchema(field, limits),
    start: { seed, budgetScale: 1, imageCount: images.length },
    build: (knobs) =>
      buildRegenerateFieldRequest({ profile: provider.profile, field, current: before, options: opts, limits, images: images.slice(0, knobs.imageCount), seed: knobs.seed, budgetScale: knobs.budgetScale, variants }),
    describeImageFailure: (failure) => describeUnreadable(deps.libraryDir, chosen, name, provider, failure.detail),
  });

  let value = fitRegeneratedField(before, field, main.value, limits);
  // A description is held to its word budget with the same one corrective re-ask as a whole listing.
  let reask: BudgetResult = { description: '', attempts: 0, usage: { promptTokens: 0, completionTokens: 0 } };
  if (field === 'description') {
    reask = await fitDescriptionToBudget({ ...deps, productId, listing: toListingOutput({ ...before, ...value }), limits, language: opts.language, seed: main.knobs.seed });
    value = fitRegeneratedField(before, field, { description: reask.description }, limits);
  }
  if (deps.signal?.aborted) throw new AppError('cancelled', 'Generation was cancelled.');
  // As for a whole listing: with a colour option each variant's colour is its option value, so the model's one colour is not kept.
  if (colourOption && value.attributes) value = { attributes: withoutColour(value.attributes) };

  const next: ListingText = { title: before.title, description: before.description, tags: before.tags, attributes: before.attributes, ...value };
  const flags = refreshFieldFlags(before.flags, field, next, limits, photos.map((p) => ({ palette: p.palette, scene: p.paletteScene })), opts.language, evidenceContextFor(deps.db, before, opts.language), colours);
  const draft = saveFieldRevision(deps.db, before, field, value, flags);
  return {
    draft,
    field,
    attempts: main.attempts + reask.attempts,
    imagesSent: main.knobs.imageCount,
    usage: {
      promptTokens: main.usage.promptTokens + reask.usage.promptTokens,
      completionTokens: main.usage.completionTokens + reask.usage.completionTokens,
    },
    seconds: (performance.now() - started) / 1000,
  };
}

function withoutColour(attributes: ListingText['attributes']): ListingText['attributes'] {
  const { color: _dropped, ...rest } = attributes;
  return rest;
}

/**
 * One transaction: the draft must still be at the revision the model was shown, or the new field
 * would be written against text that is no longer there (an autosave landed meanwhile).
 */
function saveFieldRevision(db: Db, before: Draft, field: RegenerableField, value: Partial<ListingText>, flags: DraftFlag[]): Draft {
  return db
    .transaction(() => {
      const current = readDraft(db, before.productId);
      if (current.revision !== before.revision) {
        throw new AppError(
          'conflict',
          `The draft of ${quotedProductLabel(db, before.productId)} was saved while its ${field} was being rewritten (revision ${current.revision}, was ${before.revision}), so the new ${field} was not saved. Regenerate the ${field} again.`,
        );
      }
      return saveGeneratedDraft(db, before.productId, value, flags);
    })
    .immediate();
}

async function describeUnreadable(libraryDir: string, chosen: readonly Photo[], name: string, provider: ListingProvider, detail: string): Promise<AppError> {
  const unreadable = await findUnreadablePhotos(libraryDir, chosen);
  if (unreadable[0]) return unreadablePhoto(unreadable[0].photo, unreadable[0].reason, name);
  const names = chosen.map((p) => `"${p.originalName}"`).join(', ');
  return new AppError('corrupt_file', `${upperFirst(name)}: the model could not read one of the photos ${names} (${provider.redact(detail)}). Re-import them as JPEG or PNG.`);
}
