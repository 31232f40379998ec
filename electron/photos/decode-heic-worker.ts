/**
 * Worker thread that decodes HEIC files with heic-decode's WebAssembly libheif, one request at a
 * time, so the ~second of decoding a phone photo never blocks the main process's event loop.
 * Imports nothing of ours at run time: electron-vite bundles it on its own (see decode-heic-worker-url.ts).
 */
import { parentPort } from 'node:worker_threads';
import heicDecode from 'heic-decode';
import type { DecodeHeicReply, DecodeHeicRequest } from './decode-heic-protocol';

parentPort?.on('message', (request: DecodeHeicRequest) => {
  void answerRequest(request).then((reply) => {
    // The pixels move to the main thread without a copy.
    parentPort?.postMessage(reply, reply.ok ? [reply.data.buffer] : []);
  });
});

async function answerRequest({ bytes, maxPixels }: DecodeHeicRequest): Promise<DecodeHeicReply> {
  let images: Awaited<ReturnType<typeof heicDecode.all>>;
  try {
    images = await heicDecode.all({ buffer: bytes });
  } catch {
    return { ok: false, code: 'unsupported', detail: 'HEIC' };
  }
  try {
    const first = images[0];
    if (!first) return { ok: false, code: 'unsupported', detail: 'HEIC' };
    // Checked from the header, before a single pixel is decoded.
    if (first.width * first.height > maxPixels) {
      return { ok: false, code: 'too_large', detail: `${first.width}×${first.height} pixels` };
    }
    const decoded = await first.decode();
    return { ok: true, data: decoded.data, width: decoded.width, height: decoded.height, opaque: isOpaque(decoded.data) };
  } catch {
    return { ok: false, code: 'unsupported', detail: 'HEIC' };
  } finally {
    images.dispose();
  }
}

function isOpaque(rgba: Uint8ClampedArray): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}
