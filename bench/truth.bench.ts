/**
 * How far the listing checks can be trusted, measured on a labelled corpus this bench builds:
 *   npm run bench:truth
 * Colour: product photos rendered with sharp (shading, soft shadows, highlights, four backdrops,
 * frame-filling products, two-colour products, warm and cool light, JPEG noise), imported
 * through the app's own renditions, checked with right and wrong colour names. Idioms: everyday
 * phrases with colour words that must raise no flag. Unreadable text: listings the tiny
 * random-weight model writes through the real llama-server against real product copy.
 */
import { checkColours, type PhotoColours } from '../electron/generation/check-colours';
import { renderRenditions } from '../electron/photos/render-renditions';
import { CONDITIONS, NEUTRAL_WORDS, PRODUCTS, SECOND_COLOUR_OFFSET, type LabelledProduct } from './truth/colour-corpus';
import { IDIOM_PHRASES } from './truth/idiom-phrases';
import { mulberry, renderProductPhoto } from '../tests/helpers/render-product-photo';
import { measureUnreadable } from './truth/unreadable';
import { measureOcrAndBarcodes } from './truth/ocr-barcodes';
import { machineLine, writeBenchSection } from './results-file';

interface Tally {
  right: number;
  rightAccepted: number;
  wrong: number;
  wrongFlagged: number;
  neutral: number;
  neutralFlagged: number;
  misses: string[];
}

const listing = (title: string, description = '') => ({ title, description, tags: [], attributes: {} });

function flagged(words: string, photo: PhotoColours): boolean {
  return checkColours(listing(`${words} ceramic vase`), [photo], 'English').length > 0;
}

async function measurePhoto(product: LabelledProduct, condition: (typeof CONDITIONS)[number], seed: number, heldOut: boolean): Promise<{ photo: PhotoColours; second?: LabelledProduct }> {
  const index = PRODUCTS.indexOf(product);
  const second = condition.twoColour ? PRODUCTS[(index + SECOND_COLOUR_OFFSET) % PRODUCTS.length] : undefined;
  const hex = (h: string) => (heldOut ? shiftColour(h, seed) : h);
  const jpeg = await renderProductPhoto({ ...condition.spec, product: hex(product.hex), second: second && hex(second.hex), seed });
  const r = await renderRenditions(jpeg, 'jpeg');
  return { photo: { palette: r.palette, scene: r.paletteScene }, second };
}

/**
 * The held-out corpus: every product a little lighter or darker and its channels nudged (the
 * same names still fit), with shapes and shadows the tuning never saw.
 */
function shiftColour(hex: string, seed: number): string {
  const rand = mulberry(seed * 31);
  const n = Number.parseInt(hex.slice(1), 16);
  const light = 0.85 + rand() * 0.3;
  const out = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => Math.max(0, Math.min(255, Math.round(v * light + (rand() - 0.5) * 14))));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

async function measureColours(heldOut: boolean): Promise<{ rows: [string, Tally][]; photo: PhotoColours }> {
  const rows: [string, Tally][] = [];
  let seed = heldOut ? 100_001 : 1;
  let purple: PhotoColours | undefined;
  for (const condition of CONDITIONS) {
    const t: Tally = { right: 0, rightAccepted: 0, wrong: 0, wrongFlagged: 0, neutral: 0, neutralFlagged: 0, misses: [] };
    for (const product of PRODUCTS) {
      const { photo, second } = await measurePhoto(product, condition, seed++, heldOut);
      if (product.name === 'purple' && condition.name === 'white backdrop') purple = photo;
      const right = second ? [...product.right.slice(0, 2), ...second.right.slice(0, 2)] : product.right;
      const wrong = second ? product.wrong.filter((w) => second.wrong.includes(w)) : product.wrong;
      for (const word of right) {
        t.right++;
        if (!flagged(word, photo)) t.rightAccepted++;
        else t.misses.push(`${product.name}${second ? `+${second.name}` : ''}: "${word}" flagged (${describe(photo)})`);
      }
      for (const word of wrong) {
        const neutral = NEUTRAL_WORDS.has(word);
        const hit = flagged(word, photo);
        if (neutral) {
          t.neutral++;
          if (hit) t.neutralFlagged++;
        } else {
          t.wrong++;
          if (hit) t.wrongFlagged++;
        }
        if (!hit) t.misses.push(`${product.name}${second ? `+${second.name}` : ''}: wrong "${word}" accepted (${describe(photo)})`);
      }
    }
    rows.push([condition.name, t]);
  }
  return { rows, photo: purple! };
}

function describe(photo: PhotoColours): string {
  return `${photo.scene}: ${photo.palette.slice(0, 3).map((e) => `${e.hex} ${Math.round(e.share * 100)}%`).join(', ')}`;
}

function measureIdioms(photo: PhotoColours): { phrases: number; alarms: string[] } {
  const alarms = IDIOM_PHRASES.filter((phrase) => checkColours(listing('Ceramic vase', phrase), [photo], 'English').length > 0);
  return { phrases: IDIOM_PHRASES.length, alarms };
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);

const started = performance.now();
const colours = await measureColours(false);
const heldOut = await measureColours(true);
const idioms = measureIdioms(colours.photo);
const unreadable = await measureUnreadable();
const ocr = await measureOcrAndBarcodes();

const totalOf = (rows: readonly [string, Tally][]) =>
  rows.reduce(
    (s, [, t]) => ({ right: s.right + t.right, ok: s.ok + t.rightAccepted, wrong: s.wrong + t.wrong + t.neutral, caught: s.caught + t.wrongFlagged + t.neutralFlagged, neutral: s.neutral + t.neutral, nCaught: s.nCaught + t.neutralFlagged }),
    { right: 0, ok: 0, wrong: 0, caught: 0, neutral: 0, nCaught: 0 },
  );
const total = totalOf(colours.rows);
const held = totalOf(heldOut.rows);
const lines = [
  '## Listing checks against a labelled corpus (bench/truth.bench.ts)',
  '',
  `${machineLine()}; ${PRODUCTS.length} product colours × ${CONDITIONS.length} photo conditions, rendered with sharp and measured through the import's own renditions; ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  'Goals: ≥ 98 % of right colour names accepted, ≥ 97 % of wrong ones flagged (neutrals included), ≤ 1 false alarm per 50 idiom phrases, 100 % of tiny-model listings flagged unreadable and 0 % of real copy.',
  '',
  '| photos | right names accepted | wrong names flagged (colours) | wrong neutral names flagged |',
  '|---|---|---|---|',
  ...colours.rows.map(([name, t]) => `| ${name} | ${t.rightAccepted}/${t.right} (${pct(t.rightAccepted, t.right)}) | ${t.wrongFlagged}/${t.wrong} (${pct(t.wrongFlagged, t.wrong)}) | ${t.neutralFlagged}/${t.neutral} (${pct(t.neutralFlagged, t.neutral)}) |`),
  `| **all** | **${total.ok}/${total.right} (${pct(total.ok, total.right)})** | **${total.caught - total.nCaught}/${total.wrong - total.neutral} (${pct(total.caught - total.nCaught, total.wrong - total.neutral)})** | **${total.nCaught}/${total.neutral} (${pct(total.nCaught, total.neutral)})** |`,
  `| held-out: shifted colours, new shapes (all conditions) | ${held.ok}/${held.right} (${pct(held.ok, held.right)}) | ${held.caught - held.nCaught}/${held.wrong - held.neutral} (${pct(held.caught - held.nCaught, held.wrong - held.neutral)}) | ${held.nCaught}/${held.neutral} (${pct(held.nCaught, held.neutral)}) |`,
  '',
  `Wrong names flagged, neutrals included: ${pct(total.caught, total.wrong)} (held-out ${pct(held.caught, held.wrong)}). Idiom phrases: ${idioms.alarms.length} false alarms in ${idioms.phrases} (${idioms.alarms.map((a) => `"${a}"`).join(', ') || 'none'}).`,
  '',
  `Unreadable text: ${unreadable.tinyFlagged}/${unreadable.tiny} tiny-model listings flagged (recall ${pct(unreadable.tinyFlagged, unreadable.tiny)}) in ${unreadable.languages} languages; ${unreadable.realFlagged}/${unreadable.real} real product listings flagged; precision ${pct(unreadable.tinyFlagged, unreadable.tinyFlagged + unreadable.realFlagged)}.`,
  '',
  'Read with care: the colour thresholds were tuned on the first corpus above; the held-out row was rendered only after the tuning',
  '(it shares the renderer, so real photos may still do worse). The first run, before tuning',
  '(and before "black coffee" and "Blue Ridge" joined the idiom list), gave 97.4 % right names accepted, 98.2 % wrong names flagged (neutrals 96.7 %)',
  'and 2 false alarms in 62 phrases. A white part of a product that touches a white backdrop is taken for backdrop (the two-colour misses);',
  'the product copy and the idiom phrases were written by the same person as the checks.',
];
const misses = [...colours.rows, ...heldOut.rows.map(([name, t]) => [`held-out ${name}`, t] as const)].flatMap(([name, t]) => t.misses.map((m) => `${name}: ${m}`));
console.log(lines.join('\n'));
console.log(`\n${misses.length} misses:\n${misses.join('\n')}`);
console.log(`\n${ocr.lines.join('\n')}`);
if (!process.argv.includes('--no-write')) {
  writeBenchSection('truth', lines.join('\n'));
  writeBenchSection('truth-ocr-barcodes', ocr.lines.join('\n'));
}
