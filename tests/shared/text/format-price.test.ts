import { describe, expect, it } from 'vitest';
import { formatPrice, formatPriceWithCurrency } from '../../../shared/text/format-price';

describe('formatPrice', () => {
  it('writes two decimals and no currency symbol', () => {
    expect(['15', '15.5', '15.00', '0.3'].map(formatPrice)).toEqual(['15.00', '15.50', '15.00', '0.30']);
    expect(formatPrice(null)).toBe('');
    expect(formatPriceWithCurrency('15', 'USD')).toBe('15.00 USD');
  });
});
