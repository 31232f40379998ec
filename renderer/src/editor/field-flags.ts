import type { DraftFlag, ListingField } from '../../../shared/domain/draft';

export type FlagPlace = ListingField | 'general';

/** Flags whose code always concerns one field, though saved flags do not name it. */
const FIELD_OF_CODE: Readonly<Record<string, ListingField>> = { word_count: 'description' };

/** Each flag under the field it concerns, so the editor shows it there; the rest stay general. */
export function flagsByPlace(flags: readonly DraftFlag[]): Record<FlagPlace, DraftFlag[]> {
  const out: Record<FlagPlace, DraftFlag[]> = { title: [], description: [], tags: [], attributes: [], general: [] };
  for (const flag of flags) out[flag.field ?? FIELD_OF_CODE[flag.code] ?? 'general'].push(flag);
  return out;
}

/** The one question asked before approving a draft that still has flags, or null when it has none. */
export function approvalQuestion(flags: readonly DraftFlag[]): string | null {
  if (flags.length === 0) return null;
  const places = [...new Set(flags.map((f) => f.field ?? FIELD_OF_CODE[f.code]).filter((p): p is ListingField => p !== undefined))];
  const where = places.length > 0 ? ` (${places.join(', ')})` : '';
  return `This draft still has ${flags.length === 1 ? 'a flag' : `${flags.length} flags`}${where}. Approve it anyway?`;
}
