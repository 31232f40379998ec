import { z } from 'zod';
import { defineRoute } from '../define';

export const appRoutes = {
  'app.info': defineRoute({
    input: z.object({}).strict(),
    output: z.object({ version: z.string(), libraryDir: z.string(), schemaVersion: z.number().int() }),
  }),
};

export const appEvents = {};
