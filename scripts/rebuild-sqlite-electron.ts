/**
 * Builds better-sqlite3 for the installed Electron into build/electron-sqlite/better_sqlite3.node,
 * leaving node_modules' Node build untouched (see electron/db/native-binding.ts). Skips the work
 * when that file is already built for this Electron and better-sqlite3. Run by `npm start`
 * (prestart) and before packaging.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { ELECTRON_SQLITE_DIR, SQLITE_BINDING_FILE } from '../electron/db/native-binding';
import { explainFailure, isUpToDate, planBuildSteps, toolEnv, type SqliteBuildTarget } from './sqlite-electron/plan-sqlite-build';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function main(): number {
  const sqliteDir = packageDir('better-sqlite3');
  const target: SqliteBuildTarget = {
    electronVersion: (readJson(path.join(packageDir('electron'), 'package.json')) as { version: string }).version,
    betterSqlite3Version: (readJson(path.join(sqliteDir, 'package.json')) as { version: string }).version,
    platform: process.env.npm_config_platform ?? process.platform,
    arch: process.env.npm_config_arch ?? process.arch,
  };
  const outDir = path.join(root, 'build', ELECTRON_SQLITE_DIR);
  const binding = path.join(outDir, SQLITE_BINDING_FILE);
  const stampFile = path.join(outDir, 'stamp.json');
  if (fs.existsSync(binding) && isUpToDate(readJson(stampFile), target)) {
    console.log(`better-sqlite3 for Electron ${target.electronVersion} is up to date (${path.relative(root, binding)}).`);
    return 0;
  }

  const work = path.join(outDir, 'work');
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(sqliteDir, work, { recursive: true, filter: (src) => path.relative(sqliteDir, src).split(path.sep)[0] !== 'build' });

  const steps = planBuildSteps(target, {
    node: process.execPath,
    prebuildInstall: path.join(packageDir('prebuild-install'), 'bin.js'),
    nodeGyp: path.join(packageDir('node-gyp'), 'bin', 'node-gyp.js'),
    gypDevDir: path.join(os.homedir(), '.electron-gyp'),
  });
  const failures: string[] = [];
  const built = path.join(work, 'build', 'Release', SQLITE_BINDING_FILE);
  for (const step of steps) {
    console.log(`better-sqlite3 for Electron ${target.electronVersion}: trying to ${step.label}…`);
    const run = spawnSync(step.command, step.args, { cwd: work, env: toolEnv(process.env), stdio: 'inherit', timeout: 15 * 60_000 });
    if (run.status === 0 && fs.existsSync(built)) break;
    failures.push(`${step.label}: ${run.error ? run.error.message : `exited with ${run.status ?? run.signal}`}`);
  }
  if (!fs.existsSync(built)) {
    fs.rmSync(work, { recursive: true, force: true });
    console.error(`\n${explainFailure(target, failures)}`);
    return 1;
  }
  fs.copyFileSync(built, binding);
  fs.writeFileSync(stampFile, `${JSON.stringify(target, null, 2)}\n`);
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`Built ${path.relative(root, binding)} for Electron ${target.electronVersion}.`);
  return 0;
}

process.exitCode = main();
