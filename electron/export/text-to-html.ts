const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ESCAPES[ch]!);
}

/**
 * Plain draft text as the HTML description Shopify, WooCommerce and eBay render: blank lines
 * start paragraphs, single newlines become <br>. Without this the storefront runs every line
 * together.
 */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** One line of plain text: for tab-separated feeds, where a tab or newline would split the value. */
export function toSingleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
