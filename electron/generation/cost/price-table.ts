/**
 * Published list prices (USD per million tokens, standard tier) and image-token rules of the
 * vision models a shop owner is likely to pick. Used only to estimate a listing's cost; the
 * bill is the endpoint's. A model not listed gets no estimate rather than a guess.
 */
export interface ModelPricing {
  inputPerMTok: number;
  outputPerMTok: number;
  image:
    /** Fixed tokens per image at detail 'low' (the image is scaled to fit 512 px). */
    | { rule: 'tiles'; lowDetailTokens: number }
    /** 32 px patches (capped at 1536) times a per-model multiplier, whatever the detail. */
    | { rule: 'patches'; multiplier: number };
}

/** Longest prefix wins, so dated snapshots ("gpt-4.1-mini-2025-04-14") find their family. */
export const PRICE_TABLE: Readonly<Record<string, ModelPricing>> = {
  'gpt-4o': { inputPerMTok: 2.5, outputPerMTok: 10, image: { rule: 'tiles', lowDetailTokens: 85 } },
  'gpt-4o-mini': { inputPerMTok: 0.15, outputPerMTok: 0.6, image: { rule: 'tiles', lowDetailTokens: 2833 } },
  'gpt-4.1': { inputPerMTok: 2, outputPerMTok: 8, image: { rule: 'tiles', lowDetailTokens: 85 } },
  'gpt-4.1-mini': { inputPerMTok: 0.4, outputPerMTok: 1.6, image: { rule: 'patches', multiplier: 1.62 } },
  'gpt-4.1-nano': { inputPerMTok: 0.1, outputPerMTok: 0.4, image: { rule: 'patches', multiplier: 2.46 } },
  'gpt-5': { inputPerMTok: 1.25, outputPerMTok: 10, image: { rule: 'tiles', lowDetailTokens: 70 } },
  'gpt-5-mini': { inputPerMTok: 0.25, outputPerMTok: 2, image: { rule: 'patches', multiplier: 1.62 } },
  'gpt-5-nano': { inputPerMTok: 0.05, outputPerMTok: 0.4, image: { rule: 'patches', multiplier: 2.46 } },
  'o4-mini': { inputPerMTok: 1.1, outputPerMTok: 4.4, image: { rule: 'patches', multiplier: 1.72 } },
};

export function findPricing(model: string): ModelPricing | undefined {
  const name = model.trim().toLowerCase().replace(/^openai\//, '');
  const key = Object.keys(PRICE_TABLE)
    .filter((k) => name === k || name.startsWith(`${k}-`))
    .sort((a, b) => b.length - a.length)[0];
  return key ? PRICE_TABLE[key] : undefined;
}
