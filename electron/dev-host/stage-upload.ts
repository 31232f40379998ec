import fs from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import { readBody } from './read-body';

/** Largest photo the host accepts from the page; the import itself decides what is too large to use. */
const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
const BATCH = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A browser cannot tell the host where a dropped file lives, so the page sends the bytes of each
 * dropped file (POST /upload/<batch>/<name>) and imports the paths this returns. Desktop drops
 * never come here: Electron gives the preload the real paths. A test and development aid only.
 */
export async function stageUpload(uploadsDir: string, pathname: string, req: http.IncomingMessage): Promise<{ status: number; body: unknown }> {
  const [, , batch = '', rawName = ''] = pathname.split('/');
  const name = safeFileName(decodeURIComponent(rawName));
  if (!BATCH.test(batch) || !name) return { status: 400, body: { error: 'Upload to /upload/<batch>/<file name>.' } };
  const bytes = await readBody(req, MAX_UPLOAD_BYTES);
  const dir = path.join(uploadsDir, batch);
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return { status: 200, body: { path: file } };
}

/** The last path segment only, without control characters, never "." / ".." or hidden. */
export function safeFileName(raw: string): string | null {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f]/g, '').trim();
  if (clean === '' || clean.startsWith('.') || clean.length > 255) return null;
  return clean;
}
