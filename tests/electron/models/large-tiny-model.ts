import { writeGguf } from '../../../tooling/tiny-vlm/gguf-writer';
import { buildTinyTextModel } from '../../../tooling/tiny-vlm/tiny-text-model';

/** ipull saves progress per 5 MiB chunk; a resumed download starts at the first unfinished one. */
export const DOWNLOAD_CHUNK = 5 * 1024 * 1024;

/** The tiny text model plus a 12 MB padding tensor: still a valid GGUF, now three chunks long. */
export function largeTinyModel(): Buffer {
  const base = buildTinyTextModel(1234);
  const padding = { name: 'padding.weight', shape: [3_000_000], data: new Float32Array(3_000_000).fill(0.5) };
  return writeGguf({ metadata: base.metadata, tensors: [...base.tensors, padding] });
}
