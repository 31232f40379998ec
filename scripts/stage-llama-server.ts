/**
 * Copies the llama-server to ship (and its build-info.json) into resources/bin/, where
 * electron-builder's extraResources picks it up. Runs before packaging (npm run dist).
 *   npm run stage:llama-server [-- --resources <dir>] [--allow-native]
 * The binary comes from locateLlamaServer(): LISTING_STUDIO_LLAMA_SERVER, else the newest cached build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { llamaServerExecutableName } from '../electron/engine/binary/cache-location';
import { locateLlamaServer } from '../electron/engine/binary/locate-llama-server';

const { values } = parseArgs({
  options: {
    resources: { type: 'string', default: 'resources' },
    'allow-native': { type: 'boolean', default: false },
  },
});

function main(): number {
  // No resourcesDir: the copy already in resources/bin must never be its own source.
  const located = locateLlamaServer();
  if (!located) {
    console.error('No llama-server build found. Build one first: npm run engine:build -- --portable (or set LISTING_STUDIO_LLAMA_SERVER).');
    return 1;
  }
  const native = located.info?.options.includes('-DGGML_NATIVE=ON') ?? false;
  if (native && !values['allow-native']) {
    console.error(
      `${located.binary} was built for this CPU only (-DGGML_NATIVE=ON) and may crash on others. Build a portable one: npm run engine:build -- --portable (or pass --allow-native for a local test package).`,
    );
    return 1;
  }
  const binDir = path.resolve(values.resources, 'bin');
  fs.mkdirSync(binDir, { recursive: true });
  const target = path.join(binDir, llamaServerExecutableName());
  fs.copyFileSync(located.binary, target);
  fs.chmodSync(target, 0o755);
  const infoFile = path.join(path.dirname(located.binary), 'build-info.json');
  const infoTarget = path.join(binDir, 'build-info.json');
  if (fs.existsSync(infoFile)) fs.copyFileSync(infoFile, infoTarget);
  else {
    fs.rmSync(infoTarget, { force: true });
    console.warn(`${infoFile} is missing: the packaged app will not know which llama.cpp commit it runs.`);
  }
  const size = (fs.statSync(target).size / 1e6).toFixed(1);
  console.log(`Staged ${located.binary} (${located.source}, ${size} MB${located.info ? `, commit ${located.info.commit}, ${located.info.backend}` : ''}) → ${target}`);
  return 0;
}

process.exit(main());
