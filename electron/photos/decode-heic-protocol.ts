/** Messages between decode-heic-pool.ts and decode-heic-worker.ts (types only: the worker stays standalone). */

export interface DecodeHeicRequest {
  bytes: Uint8Array;
  maxPixels: number;
}

/** The failures the worker can name; anything else (a crash, an abort) is classified by the pool. */
export type DecodeHeicFailure = 'unsupported' | 'too_large';

export type DecodeHeicReply =
  | { ok: true; data: Uint8ClampedArray<ArrayBuffer>; width: number; height: number; opaque: boolean }
  | { ok: false; code: DecodeHeicFailure; detail: string };
