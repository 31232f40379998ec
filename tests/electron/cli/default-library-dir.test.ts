import { describe, expect, it } from 'vitest';
import { defaultLibraryDir } from '../../../electron/cli/default-library-dir';

describe('defaultLibraryDir', () => {
  it('matches Electron userData/library on each platform', () => {
    expect(defaultLibraryDir('linux', {}, '/home/ann')).toBe('/home/ann/.config/listing-studio/library');
    expect(defaultLibraryDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ann')).toBe('/cfg/listing-studio/library');
    expect(defaultLibraryDir('darwin', {}, '/Users/ann')).toBe('/Users/ann/Library/Application Support/listing-studio/library');
  });
});
