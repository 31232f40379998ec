/** Messages between barcode-thread.ts and barcode-worker.ts (types only: the worker stays standalone). */
import type { RawBarcode } from './zxing-decode';

export interface BarcodeRequest {
  id: number;
  data: Uint8Array;
  width: number;
  height: number;
}

export type BarcodeReply = { id: number; ok: true; found: RawBarcode[] } | { id: number; ok: false; message: string };
