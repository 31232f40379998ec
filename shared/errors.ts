/** Error codes that cross the IPC boundary. Inside, code; at the edge, a plain sentence. */
export const ERROR_CODES = [
  'invalid_input',
  'forbidden',
  'not_found',
  'conflict',
  'unsupported_format',
  'corrupt_file',
  'too_large',
  'engine_unavailable',
  'engine_failed',
  'model_invalid',
  'cancelled',
  'cloud_auth',
  'cloud_rate_limited',
  'cloud_failed',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The button that fixes an error, when the page can offer one beside the message:
 * `choose_export_folder`: the export's file or folder cannot be used; choose another place.
 */
export const ERROR_FIXES = ['choose_export_folder'] as const;
export type ErrorFix = (typeof ERROR_FIXES)[number];

export interface ErrorData {
  code: ErrorCode;
  message: string;
  /** Absent when no single action fixes it. */
  fix?: ErrorFix;
}

/** An error whose message is written for the shop owner: what happened and what to do. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fix?: ErrorFix,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorData };
