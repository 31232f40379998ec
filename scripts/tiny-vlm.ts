/**
 * Writes the tiny random-weight vision model pair used by tests, doctor and benches.
 *   npm run fixtures:tiny-vlm -- <dir> [--seed N] [--corrupt-mmproj | --mismatched-mmproj] [--no-ascii-bias]
 */
import { parseArgs } from 'node:util';
import { writeTinyVlm } from '../tooling/tiny-vlm/write-tiny-vlm';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seed: { type: 'string', default: '1234' },
    'corrupt-mmproj': { type: 'boolean', default: false },
    'mismatched-mmproj': { type: 'boolean', default: false },
    'no-ascii-bias': { type: 'boolean', default: false },
  },
});

const dir = positionals[0];
const seed = Number(values.seed);
if (!dir || !Number.isInteger(seed)) {
  console.error('Usage: npm run fixtures:tiny-vlm -- <dir> [--seed N] [--corrupt-mmproj | --mismatched-mmproj] [--no-ascii-bias]');
  process.exit(2);
}
if (values['corrupt-mmproj'] && values['mismatched-mmproj']) {
  console.error('Choose one of --corrupt-mmproj and --mismatched-mmproj.');
  process.exit(2);
}
const started = performance.now();
const files = writeTinyVlm(dir, {
  seed,
  mmproj: values['corrupt-mmproj'] ? 'missing-projector' : values['mismatched-mmproj'] ? 'mismatched' : 'valid',
  asciiBias: !values['no-ascii-bias'],
});
console.log(JSON.stringify({ ...files, ms: Math.round((performance.now() - started) * 10) / 10 }));
