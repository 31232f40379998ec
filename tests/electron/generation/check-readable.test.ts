import { describe, expect, it } from 'vitest';
import { checkReadable } from '../../../electron/generation/check-readable';
import { PRODUCT_COPY } from '../../helpers/product-copy';

const good = PRODUCT_COPY.de[1]!;

describe('checkReadable', () => {
  it('passes a readable listing in its language', () => {
    expect(checkReadable({ ...good, attributes: { color: 'Anthrazit', material: 'Merinowolle', condition: 'new' } }, 'German')).toEqual([]);
  });

  it('flags each unreadable field by name, saying why and what to do', () => {
    const flags = checkReadable(
      { title: good.title, description: ')RO7&N!F|%O7&RO7&N[bN!b!F|BU3vF&Rz#8Ub!F|ib%O7&qvUbc|7a7&F', tags: ['qvUbvURO7a7a4qvE'], attributes: { color: 'Anthrazit', condition: 'new' } },
      'Deutsch',
    );
    expect(flags).toEqual([
      { code: 'unreadable', field: 'description', reason: 'The description does not read as German: it is full of symbols that no sentence uses. Regenerate or rewrite it.' },
      { code: 'unreadable', field: 'tags', reason: 'The tags do not read as German: most of it is letters, digits and symbols jumbled together, not words. Regenerate or rewrite them.' },
    ]);
  });
});
