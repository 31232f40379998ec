import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { openDatabase, type Db } from '../../electron/db/open-database';
import { createEvidenceReader, type EvidenceReader } from '../../electron/evidence/evidence-reader';
import { importPhotos } from '../../electron/photos/import-photos';
import { renderLabelPhoto } from '../../tests/helpers/render-label-photo';
import { MODEL_INPUT_LONG_SIDE, THUMBNAIL_LONG_SIDE } from '../../electron/photos/render-renditions';
import { machineLine, writeBenchSection } from '../results-file';

export interface IngestBenchOptions {
  photos?: number;
  width?: number;
  height?: number;
  concurrency?: number;
  /** Each side is timed this many times; the fastest run counts (the machine is shared). */
  rounds?: number;
  /**
   * Time the import while the background label reader is busy with earlier photos, as in the app:
   * the import holds the reader back, so only the read in flight when it starts competes with it.
   */
  backgroundReader?: boolean;
}

export interface IngestBenchResult {
  photos: number;
  megapixels: number;
  averageFileMB: number;
  ingestMsPerPhoto: number;
  baselineMsPerPhoto: number;
  /** ingest ÷ baseline; the goal is ≤ 1.2. */
  ratio: number;
  /** The same three outputs with sharp alone, but decoding once as the import does. */
  singleDecodeMsPerPhoto: number;
  /** ingest ÷ single-decode sharp: what the import's own bookkeeping costs. */
  overheadRatio: number;
  markdown: string;
}

/**
 * Times the library import of N camera-sized JPEGs against a bare sharp script that writes the
 * same outputs (oriented WebP thumbnail, JPEG model input, a raw read for the palette), both with
 * the same number of photos in flight, in the same run.
 */
export async function runIngestBench(opts: IngestBenchOptions = {}): Promise<IngestBenchResult> {
  const count = opts.photos ?? 50;
  const width = opts.width ?? 4000;
  const height = opts.height ?? 3000;
  const concurrency = opts.concurrency ?? 2;
  const rounds = opts.rounds ?? 2;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-bench-'));
  try {
    const photosDir = path.join(root, 'photos');
    const files = await generatePhotos(photosDir, count, width, height);
    const averageFileMB = files.reduce((sum, f) => sum + fs.statSync(f).size, 0) / files.length / 2 ** 20;

    let ingestMs = Infinity;
    let baselineMs = Infinity;
    let singleDecodeMs = Infinity;
    for (let round = 0; round < rounds; round++) {
      baselineMs = Math.min(baselineMs, await timeBare(files, path.join(root, `baseline-${round}`), concurrency, writeClonedOutputs));
      singleDecodeMs = Math.min(singleDecodeMs, await timeBare(files, path.join(root, `single-${round}`), concurrency, writeFromOneDecode));
      ingestMs = Math.min(ingestMs, await timeIngest(photosDir, path.join(root, `library-${round}`), concurrency, count, opts.backgroundReader ?? false));
    }
    const ingestMsPerPhoto = ingestMs / count;
    const baselineMsPerPhoto = baselineMs / count;
    const ratio = ingestMsPerPhoto / baselineMsPerPhoto;
    const singleDecodeMsPerPhoto = singleDecodeMs / count;
    const overheadRatio = ingestMsPerPhoto / singleDecodeMsPerPhoto;
    const megapixels = (width * height) / 1e6;
    const markdown = [
      opts.backgroundReader ? '## Photo ingestion while the label reader is busy' : '## Photo ingestion',
      '',
      ...(opts.backgroundReader
        ? [
            'Each timed import starts while the background label and barcode reader is reading a backlog of 8 earlier label photos (INGEST_BENCH_READER=1); the import holds it back, so only the read in flight competes. The baseline moves with the shared machine\'s load: compare the import\'s ms per photo with the plain run above too.',
            '',
          ]
        : []),
      `${count} JPEGs of ${width}×${height} (${megapixels} MP, ${averageFileMB.toFixed(1)} MB average, half with EXIF orientation 6), ${concurrency} in flight, fastest of ${rounds} rounds. ${machineLine()}.`,
      '',
      '| | ms per photo | ratio |',
      '|---|---:|---:|',
      `| bare sharp: orient + ${THUMBNAIL_LONG_SIDE} px WebP + ${MODEL_INPUT_LONG_SIDE} px JPEG + raw read (baseline) | ${baselineMsPerPhoto.toFixed(0)} | 1.00 |`,
      `| bare sharp, decoding once to 1024 px raw and cloning the outputs from it | ${singleDecodeMsPerPhoto.toFixed(0)} | ${(singleDecodeMsPerPhoto / baselineMsPerPhoto).toFixed(2)} |`,
      `| library import: the same plus SHA-256, original copy, palette, SQLite rows | ${ingestMsPerPhoto.toFixed(0)} | ${ratio.toFixed(2)} |`,
      '',
      `Goal: ratio ≤ 1.2 against the baseline — ${ratio <= 1.2 ? 'met' : 'NOT met'}. Against single-decode sharp the import costs ${overheadRatio.toFixed(2)}×: its own bookkeeping.`,
    ].join('\n');
    return { photos: count, megapixels, averageFileMB, ingestMsPerPhoto, baselineMsPerPhoto, ratio, singleDecodeMsPerPhoto, overheadRatio, markdown };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

async function timeIngest(photosDir: string, libraryDir: string, concurrency: number, expected: number, withReader: boolean): Promise<number> {
  fs.mkdirSync(libraryDir, { recursive: true });
  const db = openDatabase(path.join(libraryDir, 'library.sqlite'));
  const reader = withReader ? await busyReader(db, libraryDir) : null;
  try {
    const start = performance.now();
    const run = () => importPhotos(db, libraryDir, [photosDir], { concurrency, groupByName: false });
    const result = reader ? await reader.holdWhile(run) : await run();
    const elapsed = performance.now() - start;
    if (result.photosImported !== expected) throw new Error(`ingest imported ${result.photosImported} of ${expected}: ${JSON.stringify(result.errors[0])}`);
    return elapsed;
  } finally {
    await reader?.stop();
    db.close();
  }
}

/** A reader over a library holding 8 unread label photos, returned once it has read one and is on the next. */
async function busyReader(db: Db, libraryDir: string): Promise<EvidenceReader> {
  const backlog = path.join(libraryDir, '..', `${path.basename(libraryDir)}-backlog`);
  fs.mkdirSync(backlog, { recursive: true });
  for (let i = 0; i < 8; i++) {
    const photo = await renderLabelPhoto({ width: 2048, height: 1536, lines: [{ text: `BACKLOG BRAND ${i}`, capHeight: 64, bold: true }, { text: '100% Organic Cotton', capHeight: 48 }] });
    fs.writeFileSync(path.join(backlog, `label-${i}.jpg`), photo);
  }
  await importPhotos(db, libraryDir, [backlog], { groupByName: false });
  const reader = createEvidenceReader(db, libraryDir);
  reader.wake();
  const readCount = () => db.prepare('SELECT COUNT(*) FROM photo_evidence').pluck().get() as number;
  while (readCount() === 0) await new Promise((r) => setTimeout(r, 10));
  return reader;
}

type WriteOutputs = (file: string, outDir: string) => Promise<unknown>;

const inside = (side: number) => ({ width: side, height: side, fit: 'inside' as const, withoutEnlargement: true });

/** Runs one bare-sharp variant over every file, `concurrency` photos in flight. */
async function timeBare(files: readonly string[], outDir: string, concurrency: number, write: WriteOutputs): Promise<number> {
  fs.mkdirSync(outDir, { recursive: true });
  const queue = [...files];
  const start = performance.now();
  const worker = async (): Promise<void> => {
    for (let file = queue.shift(); file; file = queue.shift()) await write(file, outDir);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return performance.now() - start;
}

/** What a developer would write with sharp alone: one pipeline per output, cloned from one input. */
function writeClonedOutputs(file: string, outDir: string): Promise<unknown> {
  const name = path.basename(file, '.jpg');
  const input = sharp(file, { autoOrient: true });
  return Promise.all([
    input.clone().resize(inside(THUMBNAIL_LONG_SIDE)).webp({ quality: 80 }).toFile(path.join(outDir, `${name}.webp`)),
    input.clone().resize(inside(MODEL_INPUT_LONG_SIDE)).jpeg({ quality: 85 }).toFile(path.join(outDir, `${name}.jpg`)),
    input.clone().resize(inside(128)).raw().toBuffer(),
  ]);
}

/** The import's decoding strategy with nothing else around it. */
async function writeFromOneDecode(file: string, outDir: string): Promise<unknown> {
  const name = path.basename(file, '.jpg');
  const { data, info } = await sharp(file, { autoOrient: true }).resize(inside(MODEL_INPUT_LONG_SIDE)).raw().toBuffer({ resolveWithObject: true });
  const base = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels as 3 } });
  return Promise.all([
    base.clone().resize(inside(THUMBNAIL_LONG_SIDE)).webp({ quality: 80 }).toFile(path.join(outDir, `${name}.webp`)),
    base.clone().jpeg({ quality: 85 }).toFile(path.join(outDir, `${name}.jpg`)),
    base.clone().resize(inside(128)).raw().toBuffer(),
  ]);
}

/**
 * Camera-like JPEGs: a smooth two-colour gradient with sensor-like noise and a product-coloured
 * block, different in every photo so none is a duplicate of another.
 */
async function generatePhotos(dir: string, count: number, width: number, height: number): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `photo-${String(i).padStart(3, '0')}.jpg`);
    const pixels = paintPhoto(width, height, i);
    const img = sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 });
    await (i % 2 === 1 ? img.withMetadata({ orientation: 6 }) : img).toFile(file);
    files.push(file);
  }
  return files;
}

function paintPhoto(width: number, height: number, seed: number): Buffer {
  const data = Buffer.alloc(width * height * 3);
  let state = (seed + 1) * 2654435761;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const from = [random() * 255, random() * 255, random() * 255];
  const to = [random() * 255, random() * 255, random() * 255];
  const block = { x0: Math.floor(random() * width * 0.4), y0: Math.floor(random() * height * 0.4), colour: [random() * 255, random() * 255, random() * 255] };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = (x + y) / (width + height);
      const inBlock = x >= block.x0 && x < block.x0 + width / 2 && y >= block.y0 && y < block.y0 + height / 2;
      const noise = (random() - 0.5) * 24;
      const at = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) {
        const base = inBlock ? block.colour[c]! : from[c]! + (to[c]! - from[c]!) * t;
        data[at + c] = Math.max(0, Math.min(255, base + noise));
      }
    }
  }
  return data;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const photos = Number(process.env.INGEST_BENCH_PHOTOS ?? 50);
  const backgroundReader = process.env.INGEST_BENCH_READER === '1';
  const result = await runIngestBench({ photos, backgroundReader });
  console.log(result.markdown);
  writeBenchSection(backgroundReader ? 'foundation-ingest-reader' : 'foundation-ingest', result.markdown);
}
