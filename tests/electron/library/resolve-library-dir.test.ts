import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveLibraryDir } from '../../../electron/library/resolve-library-dir';

const base = { cwd: '/home/shop', defaultDir: '/home/shop/.config/Listing Studio/library' };

describe('resolveLibraryDir', () => {
  it('uses the default folder when neither the flag nor the variable is set', () => {
    expect(resolveLibraryDir({ ...base, argv: ['electron', '.'], env: {} })).toBe(base.defaultDir);
  });

  it('uses LISTING_STUDIO_LIBRARY over the default', () => {
    expect(resolveLibraryDir({ ...base, argv: [], env: { LISTING_STUDIO_LIBRARY: '/data/lib' } })).toBe('/data/lib');
  });

  it('ignores an empty LISTING_STUDIO_LIBRARY', () => {
    expect(resolveLibraryDir({ ...base, argv: [], env: { LISTING_STUDIO_LIBRARY: '  ' } })).toBe(base.defaultDir);
  });

  it('lets --library DIR win over the variable', () => {
    const argv = ['electron', '.', '--library', '/flag/lib'];
    expect(resolveLibraryDir({ ...base, argv, env: { LISTING_STUDIO_LIBRARY: '/data/lib' } })).toBe('/flag/lib');
  });

  it('accepts --library=DIR, and the last flag wins', () => {
    const argv = ['--library=/first', '--library=/second'];
    expect(resolveLibraryDir({ ...base, argv, env: {} })).toBe('/second');
  });

  it('resolves a relative folder against cwd', () => {
    expect(resolveLibraryDir({ ...base, argv: ['--library', 'shops/spring'], env: {} })).toBe(path.resolve('/home/shop', 'shops/spring'));
  });

  it('refuses --library without a folder, naming the flag', () => {
    expect(() => resolveLibraryDir({ ...base, argv: ['--library'], env: {} })).toThrow(/--library needs a folder/);
    expect(() => resolveLibraryDir({ ...base, argv: ['--library', '--inspect'], env: {} })).toThrow(/--library needs a folder/);
    expect(() => resolveLibraryDir({ ...base, argv: ['--library='], env: {} })).toThrow(/--library needs a folder/);
  });

  it('does not treat a similar flag as --library', () => {
    expect(resolveLibraryDir({ ...base, argv: ['--library-dir=/x'], env: {} })).toBe(base.defaultDir);
  });
});
