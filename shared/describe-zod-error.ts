import type { z } from 'zod';

/** "title: Too big: expected string to have <=255 characters; tags.3: Invalid input" */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
