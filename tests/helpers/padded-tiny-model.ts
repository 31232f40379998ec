import { writeGguf } from '../../tooling/tiny-vlm/gguf-writer';
import { buildTinyTextModel } from '../../tooling/tiny-vlm/tiny-text-model';

/** ipull saves download progress per 5 MiB chunk; a resumed download starts at the first unfinished one. */
export const DOWNLOAD_CHUNK = 5 * 1024 * 1024;

/**
 * tiny.gguf (same seed, so it pairs with tinyModelPair()'s mmproj) with a 12 MB metadata string
 * added, so a download of it spans three chunks and a pause can keep one. An unknown metadata key
 * is ignored by llama.cpp, so unlike an extra tensor the file still starts in llama-server.
 */
export function paddedTinyModel(): Buffer {
  const base = buildTinyTextModel(1234);
  return writeGguf({ metadata: [...base.metadata, ['listing_studio.test_padding', { type: 'string', value: 'x'.repeat(12_000_000) }]], tensors: base.tensors });
}
