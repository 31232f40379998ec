import { z } from 'zod';
import { EXPORT_PHASES, EXPORT_STATUSES, exportOptionsSchema, exportResultSchema, exportTargetSchema, lintReportSchema } from '../../domain/export';
import { defineRoute } from '../define';

const selection = {
  target: exportTargetSchema,
  /** Products to export, whatever their status; when left out, the drafts `status` picks. */
  productIds: z.array(z.number().int().positive()).min(1).max(100_000).optional(),
  /** approved (the default) also takes drafts exported to other storefronts but not to this one. */
  status: z.enum(EXPORT_STATUSES).default('approved'),
  /** Also take drafts already exported to this target (to write their file again). */
  includeExported: z.boolean().default(false),
  options: exportOptionsSchema.default(() => exportOptionsSchema.parse({})),
  /** Prefix cells that start with = + - @ TAB CR with ' (for spreadsheets, not for storefront import). */
  spreadsheetSafe: z.boolean().default(false),
};

export const exportRoutes = {
  /** The pre-flight report; writes nothing. */
  'export.lint': defineRoute({
    input: z.object(selection),
    output: lintReportSchema,
  }),
  /**
   * Lints, then (unless the user chose 'abort' and something fails) writes the file and its images
   * folder and marks the drafts exported. Resolves when done; progress arrives as export.progress.
   */
  'export.run': defineRoute({
    input: z.object({
      ...selection,
      outputPath: z.string().min(1).max(4096),
      onLintFailure: z.enum(['abort', 'skip', 'exportAnyway']).default('abort'),
      /** Tags the progress events and lets export.cancel find this run. */
      jobId: z.string().min(1).max(100).optional(),
    }),
    output: exportResultSchema,
  }),
  'export.cancel': defineRoute({
    input: z.object({ jobId: z.string().min(1).max(100) }),
    output: z.object({ cancelled: z.boolean() }),
  }),
};

export const exportEvents = {
  'export.progress': z.object({
    jobId: z.string(),
    phase: z.enum(EXPORT_PHASES),
    done: z.number().int(),
    total: z.number().int(),
  }),
};
