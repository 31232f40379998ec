/** The variant facts a listing request states: the product's options and which photo shows which variant. */
export interface VariantPromptFacts {
  /** "Color", "Size": the product's option names, in order. */
  optionNames: readonly string[];
  /** Each variant's option values, aligned with optionNames, in the product's variant order. */
  variants: readonly (readonly string[])[];
  /** Indexes of the variants whose first photo leads the request, in the order sent (see chooseModelPhotos). */
  shown: readonly number[];
  /** One option is the colour: its values are the colours, so the model writes no colour attribute. */
  colourOption: boolean;
}

/**
 * The lines that tell the model it writes one listing for a group of variants: the options and
 * each variant's values as data ("Color: Red, Blue, Green"), which photo shows which variant, and
 * the rule that the shared copy names no one variant's colour or size. `imageCount` is what this
 * request carries: after a context failure fewer photos go, and the text must still match them.
 */
export function buildVariantPrompt(facts: VariantPromptFacts, imageCount: number): string[] {
  const n = facts.variants.length;
  const labels = facts.variants.map((values) => values.map(plain).filter(Boolean).join(' / ') || '(no value yet)');
  const shown = facts.shown.slice(0, imageCount);
  const shared = imageCount - shown.length;
  const eachInOrder = shown.length === n && shown.every((v, i) => v === i);
  const head = `This listing covers ${n} variants of one product: ${facts.optionNames.map(plain).join(' / ')}: ${labels.join(', ')}`;
  const lines = [eachInOrder ? `${head} (one photo of each, in that order).` : `${head}.`];
  if (!eachInOrder && shown.length > 0) {
    const which = shown.map((v) => labels[v]).join(', ');
    lines.push(
      shown.length === 1
        ? `The first photo shows ${which}; the other variants have no photo here.`
        : `The first ${shown.length} photos show ${which}, one photo of each, in that order; the other variants have no photo here.`,
    );
  }
  if (shared > 0) {
    const subject = shown.length === 0 ? (shared === 1 ? 'The photo shows' : `The ${shared} photos show`) : shared === 1 ? 'The last photo shows' : `The last ${shared} photos show`;
    lines.push(`${subject} what all variants share.`);
  }
  lines.push(
    'Write one title, description and tags for the whole group. Do not name any one variant\'s colour or size as the product\'s; the storefront shows each variant\'s option values.',
  );
  if (facts.colourOption) lines.push("attributes.color: null; each variant's colour is its option value.");
  return lines;
}

/** An owner's value as one line of plain text: no line breaks or control characters that could start a new instruction. */
function plain(value: string): string {
  return value.replace(/[\u0000-\u001F\u007F]/g, ' ').replace(/\s+/g, ' ').trim();
}
