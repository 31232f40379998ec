import { z } from 'zod';
import { shopProfileSchema } from '../../domain/shop-profile';
import { defineRoute } from '../define';

export const shopRoutes = {
  /** The shop profile every export starts from. */
  'shop.get': defineRoute({ input: z.object({}).strict(), output: shopProfileSchema }),
  /** Replaces the whole profile (the caller sends what it read, changed); returns what was saved. */
  'shop.set': defineRoute({ input: z.object({ profile: shopProfileSchema }).strict(), output: shopProfileSchema }),
};

export const shopEvents = {};
