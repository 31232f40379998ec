import { z } from 'zod';
import { draftStatusSchema } from './draft';

export const paletteEntrySchema = z.object({ hex: z.string().regex(/^#[0-9a-f]{6}$/), share: z.number().min(0).max(1) });
export type PaletteEntry = z.infer<typeof paletteEntrySchema>;

/**
 * What kind of photo a palette was measured on: a product on a plain backdrop, a product filling
 * the frame, or a lifestyle scene (whose colours are not all the product's). Null for photos
 * imported before this was recorded.
 */
export const PHOTO_SCENES = ['backdrop', 'filled', 'lifestyle'] as const;
export const photoSceneSchema = z.enum(PHOTO_SCENES);
export type PhotoScene = z.infer<typeof photoSceneSchema>;

export const photoSchema = z.object({
  id: z.number().int(),
  productId: z.number().int(),
  position: z.number().int(),
  sha256: z.string(),
  originalName: z.string(),
  format: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  palette: z.array(paletteEntrySchema),
  paletteScene: photoSceneSchema.nullable(),
  /** URL the renderer can load, served by the photo protocol: ls-photo://thumb/<sha>.webp */
  thumbnailUrl: z.string(),
  /** ls-photo://original/<sha> */
  originalUrl: z.string(),
});
export type Photo = z.infer<typeof photoSchema>;

/** One row of the product grid. */
export const productSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  sku: z.string().nullable(),
  status: draftStatusSchema,
  flagCount: z.number().int(),
  photoCount: z.number().int(),
  /** How many variants it is sold in; 0 for a product without variants. */
  variantCount: z.number().int(),
  thumbnailUrl: z.string().nullable(),
  updatedAt: z.string(),
});
export type ProductSummary = z.infer<typeof productSummarySchema>;
