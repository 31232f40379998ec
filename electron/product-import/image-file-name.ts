/**
 * The first image of a cell that may list several (WooCommerce "a.jpg, b.jpg", eBay "a.jpg|b.jpg"):
 * every platform makes the first one the featured image (storefront-formats §2.3, §4).
 */
export function firstImageOf(cell: string): string {
  return cell.split(/\s*[|,]\s*(?=[^\s|,])/)[0]?.trim() ?? '';
}

/** The file name at the end of a path or URL: "https://x/a/IMG%201.jpg?v=2" → "IMG 1.jpg". */
export function fileNameOf(cell: string): string {
  const last = firstImageOf(cell).split(/[\\/]/).pop() ?? '';
  const bare = last.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(bare);
  } catch {
    // Not percent-encoded after all (a literal "%" in the name): use it as written.
    return bare;
  }
}
