/**
 * npm run bench: the foundation's three benchmarks, each against a baseline measured in the same
 * run, written to bench/RESULTS.md. No timing is asserted anywhere.
 */
import { benchAutosave } from './foundation/drafts';
import { runIngestBench } from './foundation/ingest';
import { benchListing } from './foundation/listing';
import { writeBenchSection } from './results-file';

const ingestPhotos = Number(process.env.INGEST_BENCH_PHOTOS ?? 50);
const ingest = await runIngestBench({ photos: ingestPhotos });
console.log(`${ingest.markdown}\n`);
writeBenchSection('foundation-ingest', ingest.markdown);

// The same import while the background label reader is busy with earlier photos.
const ingestWithReader = await runIngestBench({ photos: ingestPhotos, backgroundReader: true });
console.log(`${ingestWithReader.markdown}\n`);
writeBenchSection('foundation-ingest-reader', ingestWithReader.markdown);

const autosave = benchAutosave();
console.log(`${autosave.markdown}\n`);
writeBenchSection('foundation-drafts', autosave.markdown);

const listing = benchListing();
console.log(listing.markdown);
writeBenchSection('foundation-listing', listing.markdown);
