import { describe, expect, it } from 'vitest';
import { baseHandle, claimUniqueHandle, isValidHandle, slugifyHandle } from '../../../electron/export/handle';

describe('slugifyHandle', () => {
  it('makes lowercase ASCII letters, digits and single dashes from any title', () => {
    expect(slugifyHandle('Organic Cotton T-Shirt (Olive), 12.5 oz!')).toBe('organic-cotton-t-shirt-olive-12-5-oz');
    expect(slugifyHandle('Crème Brûlée Straße — Ærø')).toBe('creme-brulee-strasse-aero');
    expect(slugifyHandle('  --Hello__World--  ')).toBe('hello-world');
  });

  it('drops combining marks instead of the letters they sit on', () => {
    expect(slugifyHandle('Cafe\u0301 Noir')).toBe('cafe-noir');
  });

  it('returns empty for scripts and emoji with no ASCII form', () => {
    expect(slugifyHandle('حقيبة جلدية')).toBe('');
    expect(slugifyHandle('👜✨')).toBe('');
  });

  it('cuts long handles at a dash, never mid-word, and every result passes the handle rule', () => {
    const handle = slugifyHandle('word '.repeat(40), 22);
    expect(handle).toBe('word-word-word-word');
    expect(isValidHandle(handle)).toBe(true);
  });
});

describe('baseHandle', () => {
  it('falls back from the title to the SKU and then the product id', () => {
    expect(baseHandle({ productId: 7, title: 'حقيبة', sku: 'LT-01' })).toBe('lt-01');
    expect(baseHandle({ productId: 7, title: '👜', sku: null })).toBe('product-7');
    expect(baseHandle({ productId: 7, title: 'Tote', sku: 'x', handle: 'My.Tote' })).toBe('My.Tote');
  });
});

describe('isValidHandle', () => {
  it('refuses spaces, periods, capitals and doubled dashes', () => {
    for (const bad of ['my tote', 'my.tote', 'My-tote', 'my--tote', '-tote', '']) expect(isValidHandle(bad)).toBe(false);
    expect(isValidHandle('my-tote-2')).toBe(true);
  });
});

describe('claimUniqueHandle', () => {
  it('numbers repeats so each product keeps its own handle', () => {
    const used = new Set<string>();
    expect(['tote', 'tote', 'tote-2', 'tote'].map((h) => claimUniqueHandle(h, used))).toEqual(['tote', 'tote-2', 'tote-2-2', 'tote-3']);
  });
});
