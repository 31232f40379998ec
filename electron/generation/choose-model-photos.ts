/** What the choice needs of a variant: the ids of the photos that show it, in the product's photo order. */
export interface VariantPhotos {
  photoIds: readonly number[];
}

export interface ModelPhotoChoice<P> {
  /** The photos to send, in order: one per shown variant first, then the shared photos. */
  photos: P[];
  /** Indexes (into the product's variants) of the variants whose first photo is sent, in the order sent. */
  shown: number[];
  /** Variants with a photo that did not fit the image budget. */
  leftOut: number[];
  /** Variants with no photo of their own. */
  withoutPhoto: number[];
}

/**
 * Which of a product's photos go to the model, at most `maxImages`. A product without variants
 * sends its first photos, as always. A product with variants sends the first photo of each
 * variant (so the model sees every colour once, and writes copy that fits them all), then the
 * photos no variant claims (shared shots: the back, a detail, the label). With more variants
 * than the budget, the first variants in the owner's order are shown and the rest are reported,
 * so the generation log can say which were left out.
 */
export function chooseModelPhotos<P extends { id: number }>(photos: readonly P[], variants: readonly VariantPhotos[], maxImages: number): ModelPhotoChoice<P> {
  const budget = Math.max(1, maxImages);
  if (variants.length === 0) return { photos: photos.slice(0, budget), shown: [], leftOut: [], withoutPhoto: [] };

  const firstPhotos: { index: number; photo: P }[] = [];
  const withoutPhoto: number[] = [];
  variants.forEach((variant, index) => {
    // The first in the product's photo order: the photo the owner put first shows the variant best.
    const own = new Set(variant.photoIds);
    const first = photos.find((p) => own.has(p.id));
    if (first) firstPhotos.push({ index, photo: first });
    else withoutPhoto.push(index);
  });

  const fitting = firstPhotos.slice(0, budget);
  const claimed = new Set(variants.flatMap((v) => v.photoIds));
  const shared = photos.filter((p) => !claimed.has(p.id)).slice(0, budget - fitting.length);
  return {
    photos: [...fitting.map((f) => f.photo), ...shared],
    shown: fitting.map((f) => f.index),
    leftOut: firstPhotos.slice(budget).map((f) => f.index),
    withoutPhoto,
  };
}

/**
 * For the generation log: the variants the model did not see, by name ("Red / XL"), or undefined
 * when it saw them all. The listing is still written for the whole group.
 */
export function describeUnshownVariants(choice: Pick<ModelPhotoChoice<unknown>, 'shown' | 'leftOut' | 'withoutPhoto'>, labels: readonly string[], maxImages: number): string | undefined {
  const name = (i: number) => labels[i] || `variant ${i + 1}`;
  const parts: string[] = [];
  if (choice.leftOut.length > 0) {
    const total = choice.shown.length + choice.leftOut.length;
    parts.push(`Only ${choice.shown.length} of the ${total} variants with photos fit the limit of ${maxImages} photos per listing; left out: ${choice.leftOut.map(name).join(', ')}.`);
  }
  if (choice.withoutPhoto.length > 0) parts.push(`No photo of its own, so not shown: ${choice.withoutPhoto.map(name).join(', ')}.`);
  return parts.length > 0 ? parts.join(' ') : undefined;
}
