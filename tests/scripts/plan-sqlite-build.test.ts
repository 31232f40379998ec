import { describe, expect, it } from 'vitest';
import { explainFailure, isUpToDate, planBuildSteps, toolEnv } from '../../scripts/sqlite-electron/plan-sqlite-build';

const target = { electronVersion: '45.5.0', betterSqlite3Version: '12.11.1', platform: 'linux', arch: 'x64' };

describe('plan-sqlite-build', () => {
  it('is up to date only when the stamp matches Electron, better-sqlite3, platform and arch', () => {
    expect(isUpToDate({ ...target }, target)).toBe(true);
    expect(isUpToDate({ ...target, electronVersion: '44.0.0' }, target)).toBe(false);
    expect(isUpToDate({ ...target, betterSqlite3Version: '12.10.0' }, target)).toBe(false);
    expect(isUpToDate({ ...target, arch: 'arm64' }, target)).toBe(false);
    expect(isUpToDate(null, target)).toBe(false);
    expect(isUpToDate('45.5.0', target)).toBe(false);
  });

  it('tries a prebuilt Electron binary first, then compiles against the Electron headers', () => {
    const steps = planBuildSteps(target, { node: '/usr/bin/node', prebuildInstall: '/pi/bin.js', nodeGyp: '/gyp/bin/node-gyp.js', gypDevDir: '/home/me/.electron-gyp' });
    expect(steps.map((s) => [s.command, ...s.args])).toEqual([
      ['/usr/bin/node', '/pi/bin.js', '--runtime=electron', '--target=45.5.0', '--arch=x64', '--platform=linux', '--verbose'],
      ['/usr/bin/node', '/gyp/bin/node-gyp.js', 'rebuild', '--release', '--target=45.5.0', '--arch=x64', '--dist-url=https://electronjs.org/headers', '--devdir=/home/me/.electron-gyp'],
    ]);
  });

  it('explains a failure with the versions, what was tried and what to do', () => {
    const text = explainFailure(target, ['download a prebuilt binary: exited with 1']);
    expect(text).toContain('better-sqlite3 12.11.1 for Electron 45.5.0 (linux-x64)');
    expect(text).toContain('download a prebuilt binary: exited with 1');
    expect(text).toContain('npm run rebuild:sqlite-electron');
  });

  it('drops npm config that would point node-gyp at the system Node headers', () => {
    const env = toolEnv({ PATH: '/bin', npm_config_nodedir: '/usr', NPM_CONFIG_TARGET: '20.0.0', npm_config_cache: '/c' });
    expect(env).toEqual({ PATH: '/bin', npm_config_cache: '/c' });
  });
});
