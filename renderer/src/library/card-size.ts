import { useState } from 'react';

export type CardSize = 'small' | 'medium' | 'large';

/** Each size's smallest card width and row height, in CSS px. */
export const CARD_SIZES: Record<CardSize, { minWidth: number; rowHeight: number; label: string }> = {
  small: { minWidth: 112, rowHeight: 150, label: 'Small' },
  medium: { minWidth: 150, rowHeight: 214, label: 'Medium' },
  large: { minWidth: 220, rowHeight: 290, label: 'Large' },
};

const KEY = 'listing-studio.card-size';

const isCardSize = (v: unknown): v is CardSize => typeof v === 'string' && v in CARD_SIZES;

/** The owner's thumbnail size, kept in this window's storage so it survives a restart. */
export function useCardSize(): [CardSize, (size: CardSize) => void] {
  const [size, setSize] = useState<CardSize>(() => {
    const saved = globalThis.localStorage?.getItem(KEY);
    return isCardSize(saved) ? saved : 'medium';
  });
  const choose = (next: CardSize) => {
    setSize(next);
    globalThis.localStorage?.setItem(KEY, next);
  };
  return [size, choose];
}
