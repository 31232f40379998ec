import type { Migration } from './migration';

/**
 * Each photo's palette now says what kind of photo it was measured on (product on a backdrop,
 * frame-filling product, lifestyle scene), so the colour check trusts product photos over
 * scenes. Photos imported before keep their palettes with no scene (NULL), read as product photos.
 */
export const migration006: Migration = {
  version: 6,
  name: 'photo-palette-scene',
  up: `
    ALTER TABLE photos ADD COLUMN palette_scene TEXT CHECK (palette_scene IN ('backdrop', 'filled', 'lifestyle'));
  `,
};
