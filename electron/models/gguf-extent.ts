/** [bytes per block, values per block] of the ggml types real GGUF files use (ggml.c type_traits). */
const TYPE_SIZES: Record<number, readonly [number, number]> = {
  0: [4, 1], // F32
  1: [2, 1], // F16
  2: [18, 32], // Q4_0
  3: [20, 32], // Q4_1
  6: [22, 32], // Q5_0
  7: [24, 32], // Q5_1
  8: [34, 32], // Q8_0
  10: [84, 256], // Q2_K
  11: [110, 256], // Q3_K
  12: [144, 256], // Q4_K
  13: [176, 256], // Q5_K
  14: [210, 256], // Q6_K
  30: [2, 1], // BF16
};

export interface TensorExtent {
  dimensions: readonly (number | bigint)[];
  ggmlType: number;
  fileOffset: number | bigint;
}

/**
 * The smallest size a complete file can have: the end of its header, and the end of its last
 * tensor when that tensor's type is one we know the size of (else at least its first byte).
 * readGgufFileInfo reads past the end of a truncated file as zeros without complaint, so a cut-off
 * download or copy is only noticed by comparing this with the size on disk.
 */
export function minimumGgufSize(headerEnd: number, tensors: readonly TensorExtent[]): number {
  let needed = headerEnd;
  for (const t of tensors) {
    const start = Number(t.fileOffset);
    const traits = TYPE_SIZES[t.ggmlType];
    const values = t.dimensions.reduce<number>((n, d) => n * Number(d), 1);
    const bytes = traits ? Math.ceil(values / traits[1]) * traits[0] : 1;
    needed = Math.max(needed, start + bytes);
  }
  return needed;
}
