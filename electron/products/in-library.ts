/**
 * SQL condition for a product the owner sees in the library: not in the Trash and not merged into
 * another. Grid, exports, generation and merges read only these; the Trash view reads the rest.
 */
export function inLibrary(alias = 'p'): string {
  return `${alias}.deleted_at IS NULL AND ${alias}.merge_id IS NULL`;
}

export function inTrash(alias = 'p'): string {
  return `${alias}.deleted_at IS NOT NULL AND ${alias}.merge_id IS NULL`;
}
