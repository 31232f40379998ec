/**
 * Fills .device/ (git-ignored) for the GPU check: the CUDA build plan the app's build script makes,
 * the llama-server argument list its supervisor builds, the request body its generation pipeline
 * sends, a product photo, and the llama.cpp bundle. scripts/gpu-check/run.sh uses them on a GPU
 * machine that has no Node.js.
 *   npx tsx scripts/gpu-check/prepare.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { planLlamaServerBuild } from '../../tooling/llama-server-build/build-llama-server';
import { buildServerArgs, SERVER_ENV_NAMES } from '../../electron/engine/server-args';
import { buildListingRequest } from '../../electron/generation/build-listing-request';
import { DEFAULT_GENERATION_OPTIONS } from '../../shared/domain/generation-options';
import { listingLimitsFor } from '../../shared/domain/listing-output';

const dir = path.resolve('.device');
fs.mkdirSync(dir, { recursive: true });

const plan = planLlamaServerBuild({ backend: 'cuda', native: true, cudaArchitectures: '90' });
fs.writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(plan, null, 2));
fs.copyFileSync(plan.bundle, path.join(dir, 'gitRelease.bundle'));

// 8 slots for the concurrency test; the port is replaced on the device by a free one.
const args = buildServerArgs({ model: '{MODEL}', mmproj: '{MMPROJ}', contextSize: 32768, parallel: 8, gpuLayers: 'auto', port: 0 }, 16);
const portAt = args.indexOf('--port') + 1;
args[portAt] = '{PORT}';
fs.writeFileSync(path.join(dir, 'server-args.json'), JSON.stringify({ args, keyEnv: SERVER_ENV_NAMES[0] }, null, 2));

const request = buildListingRequest({
  profile: { kind: 'local', model: 'local', tokensPerChar: 1, stripLengthBounds: false },
  options: DEFAULT_GENERATION_OPTIONS,
  limits: listingLimitsFor('shopify', 50),
  images: [{ dataUrl: 'data:image/jpeg;base64,' }],
  seed: 1,
});
// A real 7B model writes a listing in about 300 tokens; a random one always runs to the cap.
request.max_tokens = 300;
fs.writeFileSync(path.join(dir, 'request.json'), JSON.stringify(request, null, 2));

const photo = await sharp({ create: { width: 1024, height: 768, channels: 3, background: '#ffffff' } })
  .composite([{ input: await sharp({ create: { width: 500, height: 400, channels: 3, background: '#c0392b' } }).png().toBuffer(), left: 262, top: 184 }])
  .jpeg({ quality: 85 })
  .toBuffer();
fs.writeFileSync(path.join(dir, 'product.jpg'), photo);
console.log(`Prepared ${dir}: ${fs.readdirSync(dir).join(', ')}`);
