import type { Draft, DraftFields, DraftFlag, ObservedFacts } from '../../shared/domain/draft';
import { generationOptionsSchema, type GenerationOptions } from '../../shared/domain/generation-options';
import { listingLimitsFor, listingOutputSchema, type ListingOutput } from '../../shared/domain/listing-output';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { saveGeneratedDraft } from '../drafts/save-generated-draft';
import { getPhotos } from '../products/get-photos';
import { quotedProductLabel, upperFirst } from '../drafts/product-label';
import { findCategoryCandidates, type CategoryIndex } from '../categories/find-category-candidates';
import { readDraft } from '../drafts/read-draft';
import { ATTRIBUTE_KEYS } from '../../shared/domain/attributes';
import { buildListingRequest } from './build-listing-request';
import { chooseGoogleCategory, type CategoryChoice } from './choose-google-category';
import { keepOwnerAttributes } from './regenerate-field-finish';
import { checkColours } from './check-colours';
import { checkReadable } from './check-readable';
import { checkEvidence } from './check-evidence';
import { checkObservedAgainstPhotos } from './check-observed';
import { checkVariantColours } from './check-variant-colours';
import { planModelPhotos } from './plan-model-photos';
import { readPhotoEvidence } from '../evidence/read-evidence';
import { estimateCostUsd, estimateImageTokens } from './cost/estimate-cost';
import { fitListingToLimits, toDraftFields, uncertainFlag, wordCountFlag } from './finish-listing';
import { fitDescriptionToBudget } from './fit-description-to-budget';
import type { GenerationLog } from './generation-log';
import { findUnreadablePhotos, loadModelImages, unreadablePhoto, type PreparedImage } from './load-model-images';
import type { ListingProvider } from './providers/listing-provider';
import { runAttempts } from './run-attempts';

export interface GenerateDeps {
  db: Db;
  libraryDir: string;
  provider: ListingProvider;
  log?: GenerationLog;
  signal?: AbortSignal;
  /** First sampling seed; retries derive theirs from it. Defaults to one per product, so reruns repeat. */
  seed?: number;
  /** Google's taxonomy, indexed: with it, the model also picks the product's Google category from a short list. */
  categories?: CategoryIndex;
}

export interface GenerationUsage {
  promptTokens: number;
  completionTokens: number;
  /** Estimated from the model's image rules (cloud only). */
  imageTokens?: number;
}

/** A written listing before it is saved: what the queue commits inside its own transaction. */
export interface WrittenListing {
  productId: number;
  fields: Pick<DraftFields, 'title' | 'description' | 'tags' | 'attributes'>;
  flags: DraftFlag[];
  /** What the model saw, which the copy was written from, saved with the draft. */
  observed: ObservedFacts;
  usage: GenerationUsage;
  /** 0 for the local engine; null for a cloud model missing from the price table. */
  costUsd: number | null;
  seconds: number;
  /** Requests sent, the corrective re-ask and every retry included. */
  attempts: number;
  imagesSent: number;
  reasked: boolean;
}

export interface GenerateResult extends WrittenListing {
  draft: Draft;
}

/**
 * Writes one product's listing and saves it as a new 'generate' revision in one transaction,
 * flagged where a person should look.
 */
export async function generateListing(deps: GenerateDeps, productId: number, options: Partial<GenerationOptions> = {}): Promise<GenerateResult> {
  const written = await writeListing(deps, productId, options);
  const draft = saveGeneratedDraft(deps.db, productId, written.fields, written.flags, written.observed);
  return { ...written, draft };
}

/**
 * Writes one product's listing with the provider without saving it: the product's photos (up to
 * maxImages; for a product with variants one of each variant first, see chooseModelPhotos) go to
 * the model and the answer is checked (limits, brand, word budget with one re-ask, colours, no
 * one variant's colour named as the group's). The bulk queue saves the result in the same transaction that marks its item
 * done, so a crash can never leave a saved listing whose item still looks unfinished.
 */
export async function writeListing(deps: GenerateDeps, productId: number, options: Partial<GenerationOptions> = {}): Promise<WrittenListing> {
  const started = performance.now();
  const opts = generationOptionsSchema.parse(options);
  const { provider } = deps;
  const photos = getPhotos(deps.db, productId);
  const name = quotedProductLabel(deps.db, productId);
  if (photos.length === 0) {
    throw new AppError('invalid_input', `${upperFirst(name)} has no photos. Add at least one photo, then generate again.`);
  }
  // A product with variants: one photo of each variant, then the shared ones, in one request.
  const { chosen, variants, colourOption, colours } = planModelPhotos(deps, productId, photos, opts);
  const images = await loadModelImages(deps.libraryDir, chosen, provider.imageEdge(chosen.length), name);
  const limits = listingLimitsFor(opts.platform, opts.wordTarget);
  const seed = deps.seed ?? 1000 + productId;

  const main = await runAttempts({
    provider,
    productId,
    signal: deps.signal,
    log: deps.log,
    schema: listingOutputSchema(limits),
    start: { seed, budgetScale: 1, imageCount: images.length },
    build: (knobs) => buildListingRequest({ profile: provider.profile, options: opts, limits, images: images.slice(0, knobs.imageCount), seed: knobs.seed, budgetScale: knobs.budgetScale, variants }),
    describeImageFailure: async (failure) => {
      const unreadable = await findUnreadablePhotos(deps.libraryDir, chosen);
      if (unreadable[0]) return unreadablePhoto(unreadable[0].photo, unreadable[0].reason, name);
      const names = chosen.map((p) => `"${p.originalName}"`).join(', ');
      return new AppError('corrupt_file', `${upperFirst(name)}: the model could not read one of the photos ${names} (${provider.redact(failure.detail)}). Re-import them as JPEG or PNG.`);
    },
  });

  let listing = fitListingToLimits(main.value, limits);
  const budget = await fitDescriptionToBudget({ ...deps, productId, listing, limits, language: opts.language, seed: main.knobs.seed });
  listing = fitListingToLimits({ ...listing, description: budget.description }, limits);

  const colourPhotos = photos.map((p) => ({ palette: p.palette, scene: p.paletteScene }));
  const observed: ObservedFacts = { ...listing.observed, claimedBrand: main.value.attributes.brand?.trim() || null };
  const current = readDraft(deps.db, productId);
  const written = toDraftFields(listing);
  // With a colour option, each variant's colour is its option value: the model's one colour would
  // be one variant's (or a blend of all) and would clash with the option in every export, and a
  // list of the values here would go stale when the owner renames a value. So none is kept.
  if (colourOption) delete written.attributes.color;
  const fields = { ...written, attributes: keepOwnerAttributes(current.attributes, written.attributes) };
  const copy = { title: listing.title, description: listing.description, tags: listing.tags, attributes: written.attributes };

  const flags = [
    ...checkReadable(copy, opts.language),
    wordCountFlag(listing.description, limits.wordTarget),
    ...checkColours(copy, colourPhotos, opts.language),
    ...checkVariantColours(copy, colours, opts.language),
    ...checkObservedAgainstPhotos(observed, colourPhotos),
    ...checkEvidence({ ...fields, sku: current.sku }, { observed, read: readPhotoEvidence(deps.db, productId), confirmed: current.confirmed, language: opts.language }),
    uncertainFlag(listing.uncertain),
  ].filter((f): f is DraftFlag => f !== undefined);

  if (deps.signal?.aborted) throw new AppError('cancelled', 'Generation was cancelled.');
  const category = await googleCategoryFor(deps, productId, listing, seed + 2);
  if (category.id) fields.attributes.googleProductCategory = category.id;

  const usage: GenerationUsage = {
    promptTokens: main.usage.promptTokens + budget.usage.promptTokens + category.usage.promptTokens,
    completionTokens: main.usage.completionTokens + budget.usage.completionTokens + category.usage.completionTokens,
    imageTokens: cloudImageTokens(provider, images.slice(0, main.knobs.imageCount), main.imageRequests),
  };
  return {
    productId,
    fields,
    flags,
    observed,
    usage,
    costUsd: provider.profile.kind === 'local' ? 0 : (estimateCostUsd(provider.profile.model, usage) ?? null),
    seconds: (performance.now() - started) / 1000,
    attempts: main.attempts + budget.attempts,
    imagesSent: main.knobs.imageCount,
    reasked: budget.attempts > 0,
  };
}

/**
 * The product's Google category: the one the owner already set stays; otherwise the model picks
 * among the candidates the app finds for what it saw and the title it wrote.
 */
async function googleCategoryFor(deps: GenerateDeps, productId: number, listing: ListingOutput, seed: number): Promise<CategoryChoice> {
  const own = readDraft(deps.db, productId).attributes[ATTRIBUTE_KEYS.googleProductCategory]?.trim();
  // The owner's category, kept in the fields by keepOwnerAttributes, needs no request.
  if (own) return { id: own, usage: { promptTokens: 0, completionTokens: 0 } };
  if (!deps.categories) return { id: null, usage: { promptTokens: 0, completionTokens: 0 } };
  const candidates = findCategoryCandidates(deps.categories, { observed: listing.observed.object ?? undefined, title: listing.title, category: listing.attributes.category ?? undefined, tags: listing.tags });
  return chooseGoogleCategory({
    provider: deps.provider,
    productId,
    candidates,
    observed: listing.observed.object ?? '',
    title: listing.title,
    category: listing.attributes.category ?? '',
    seed,
    signal: deps.signal,
    log: deps.log,
  });
}

function cloudImageTokens(provider: ListingProvider, images: readonly PreparedImage[], requests: number): number | undefined {
  if (provider.profile.kind !== 'cloud') return undefined;
  let perRequest = 0;
  for (const image of images) {
    const tokens = estimateImageTokens(provider.profile.model, image);
    if (tokens === undefined) return undefined;
    perRequest += tokens;
  }
  return perRequest * requests;
}
