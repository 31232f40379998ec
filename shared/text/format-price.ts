/** "15" → "15.00", "15.5" → "15.50": the plain two-decimal form every target takes (§1.2, §2.2, §5). */
export function formatPrice(price: string | null): string {
  if (price === null || price.trim() === '') return '';
  const [whole, fraction = ''] = price.trim().split('.');
  return `${whole}.${fraction.padEnd(2, '0').slice(0, 2)}`;
}

/** Google's "15.00 USD" (§5, answer 6324371). */
export function formatPriceWithCurrency(price: string | null, currency: string): string {
  const plain = formatPrice(price);
  return plain ? `${plain} ${currency}` : '';
}
