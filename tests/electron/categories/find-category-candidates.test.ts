import { describe, expect, it } from 'vitest';
import { findCategoryCandidates, indexCategories, searchCategories, stem } from '../../../electron/categories/find-category-candidates';
import { loadGoogleTaxonomy } from '../../../electron/categories/load-google-taxonomy';
import { defaultResourcesDir } from '../../../electron/models/resources-dir';

const taxonomy = loadGoogleTaxonomy(defaultResourcesDir());
const index = indexCategories(taxonomy);

describe('Google product categories offline', () => {
  it('loads all of Google’s 2021-09-21 taxonomy from resources/', () => {
    expect(taxonomy.version).toBe('2021-09-21');
    expect(taxonomy.categories).toHaveLength(5595);
    expect(taxonomy.byId.get('212')?.path).toBe('Apparel & Accessories > Clothing > Shirts & Tops');
  });

  it('singularises the way titles and category names differ', () => {
    expect(['mugs', 'glasses', 'accessories', 'dress'].map(stem)).toEqual(['mug', 'glass', 'accessory', 'dress']);
  });

  it.each([
    [{ observed: 'ceramic coffee mug', title: 'Stoneware Coffee Mug 12 oz' }, '2169'],
    [{ observed: 't-shirt', title: 'Organic Cotton T-Shirt' }, '212'],
    [{ observed: 'table lamp', title: '@home Lamp' }, '4636'],
  ])('puts the right category among the candidates for %o', (clues, id) => {
    const found = findCategoryCandidates(index, clues);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(8);
    expect(found.map((c) => c.id)).toContain(id);
  });

  it('finds nothing without clues, and every candidate is a real taxonomy entry', () => {
    expect(findCategoryCandidates(index, {})).toEqual([]);
    for (const c of findCategoryCandidates(index, { title: 'Leather Wallet' })) expect(taxonomy.byId.get(c.id)).toEqual(c);
  });

  it('searches by id or by words for the picker', () => {
    expect(searchCategories(index, '2169').map((c) => c.path)).toEqual(['Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs']);
    const mugs = searchCategories(index, 'mugs');
    expect(mugs[0]!.name).toMatch(/Mugs/);
    expect(searchCategories(index, 'drinkware mug').map((c) => c.id)).toContain('2169');
  });
});
