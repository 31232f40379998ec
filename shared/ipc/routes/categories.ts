import { z } from 'zod';
import { defineRoute } from '../define';

export const googleCategorySchema = z.object({ id: z.string(), path: z.string() });
export type GoogleCategoryView = z.infer<typeof googleCategorySchema>;

/** Google's product taxonomy, offline, for the editor's category picker. */
export const categoriesRoutes = {
  /** By id ("2169") or by words that must all appear in the path ("drinkware mug"). */
  'categories.search': defineRoute({
    input: z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(100).default(30) }),
    output: z.array(googleCategorySchema),
  }),
  /** The short list the app finds for a product from its draft (title, category words, tags). */
  'categories.suggest': defineRoute({
    input: z.object({ productId: z.number().int().positive() }),
    output: z.array(googleCategorySchema),
  }),
};

export const categoriesEvents = {};
