import { z } from 'zod';
import { defineRoute } from '../define';

const importErrorSchema = z.object({
  file: z.string(),
  code: z.enum(['empty', 'corrupt', 'not_image', 'unsupported', 'too_large', 'unreadable', 'save_failed']),
  message: z.string(),
});

export const libraryRoutes = {
  /** Imports files and whole folders; each bad file is reported, the rest still import. */
  'library.import': defineRoute({
    input: z.object({
      paths: z.array(z.string().min(1).max(4096)).min(1).max(100_000),
      /** Group photos into products by file-name stem (SKU_1.jpg, SKU-2.jpg → one product). */
      groupByName: z.boolean().default(true),
    }),
    output: z.object({
      productIds: z.array(z.number().int()),
      photosImported: z.number().int(),
      duplicates: z.array(z.object({ file: z.string(), photoId: z.number().int() })),
      errors: z.array(importErrorSchema),
    }),
  }),
};

export const libraryEvents = {
  'library.importProgress': z.object({ done: z.number().int(), total: z.number().int(), file: z.string() }),
};
