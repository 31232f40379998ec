import { AppError, type ErrorData } from '../../shared/errors';

/**
 * The sentence a failed command ends with. An AppError already speaks to the shop owner; anything
 * else is a bug, shown as its one-line message, with the stack trace only under --verbose.
 */
export function describeCliFailure(err: unknown, verbose: boolean): ErrorData {
  if (err instanceof AppError) return { code: err.code, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  if (verbose) return { code: 'internal', message: `Unexpected failure: ${(err as Error)?.stack ?? message}` };
  return { code: 'internal', message: `Unexpected failure: ${message}. Run the command again with --verbose to see the details for a bug report.` };
}
