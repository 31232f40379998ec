import crypto from 'node:crypto';
import fs from 'node:fs';

/**
 * SHA-256 of a whole file, streamed. Downloads are checked once the last byte is on disk: ipull
 * writes ranges in parallel and resumes chunks after a pause or a restart, so hashing the finished
 * file is the one check that covers every byte however it arrived.
 */
export async function sha256OfFile(file: string, signal?: AbortSignal): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024, signal })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
