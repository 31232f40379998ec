import fs from 'node:fs/promises';
import path from 'node:path';
import { PHOTO_SCHEME, type PhotoVariant } from '../../shared/domain/photo-urls';

/**
 * Decides which library file an ls-photo:// URL names, and refuses anything that is not really
 * inside the library: not a 64-hex sha, an unknown variant, or a real path (after following every
 * symlink) outside the real library folder. No Electron here, so it is tested on real files.
 */
export type PhotoLookup =
  | { ok: true; file: string; contentType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

export interface PhotoRequest {
  variant: PhotoVariant;
  sha256: string;
}

const SHA256 = /^[0-9a-f]{64}$/;
const VARIANTS: readonly PhotoVariant[] = ['thumb', 'original', 'model'];

const CONTENT_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.heic': 'image/heic',
  '.heif': 'image/heif',
};

/** ls-photo://thumb/<sha> → { variant: 'thumb', sha256 }; null for anything else. */
export function parsePhotoUrl(url: string): PhotoRequest | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${PHOTO_SCHEME}:` || parsed.search || parsed.hash) return null;
  const variant = parsed.hostname.toLowerCase() as PhotoVariant;
  const sha256 = parsed.pathname.replace(/^\//, '');
  if (!VARIANTS.includes(variant) || !SHA256.test(sha256)) return null;
  return { variant, sha256 };
}

export async function lookUpPhotoFile(libraryDir: string, url: string): Promise<PhotoLookup> {
  const request = parsePhotoUrl(url);
  if (!request) return { ok: false, status: 400, reason: `Not a photo URL: ${url}` };
  const candidate = await findCandidate(libraryDir, request);
  if (!candidate) return { ok: false, status: 404, reason: `No ${request.variant} for ${request.sha256}` };
  return confineToLibrary(libraryDir, candidate);
}

async function findCandidate(libraryDir: string, { variant, sha256 }: PhotoRequest): Promise<string | null> {
  if (variant === 'thumb') return path.join(libraryDir, 'thumbs', `${sha256}.webp`);
  if (variant === 'model') return path.join(libraryDir, 'model-input', `${sha256}.jpg`);
  // Originals keep their own extension (jpg, png, heic…), so look in the sha's shard folder.
  const shard = path.join(libraryDir, 'originals', sha256.slice(0, 2));
  const names = await fs.readdir(shard).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return [] as string[];
    throw err;
  });
  const name = names.find((n) => n.startsWith(`${sha256}.`) && !n.slice(sha256.length + 1).includes(path.sep));
  return name ? path.join(shard, name) : null;
}

async function confineToLibrary(libraryDir: string, candidate: string): Promise<PhotoLookup> {
  const realLibrary = await fs.realpath(libraryDir);
  let realFile: string;
  try {
    realFile = await fs.realpath(candidate);
  } catch {
    return { ok: false, status: 404, reason: `Missing file ${path.basename(candidate)}` };
  }
  if (!isInside(realLibrary, realFile)) {
    return { ok: false, status: 403, reason: `${path.basename(candidate)} resolves outside the library folder` };
  }
  const stat = await fs.stat(realFile);
  if (!stat.isFile()) return { ok: false, status: 404, reason: `${path.basename(candidate)} is not a file` };
  const contentType = CONTENT_TYPES[path.extname(realFile).toLowerCase()] ?? 'application/octet-stream';
  return { ok: true, file: realFile, contentType };
}

export function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
