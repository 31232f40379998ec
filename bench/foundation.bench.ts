/**
 * npm run bench: the foundation's three benchmarks, each against a baseline measured in the same
 * run, written to bench/RESULTS.md. No timing is asserted anywhere.
 */
import { benchAutosave } from './foundation/drafts';
import { runIngestBench } from './foundation/ingest';
import { benchListing } from './foundation/listing';
import { writeBenchSection } from './results-file';

const ingest = await runIngestBench({ photos: Number(process.env.INGEST_BENCH_PHOTOS ?? 50) });
console.log(`${ingest.markdown}\n`);
writeBenchSection('foundation-ingest', ingest.markdown);

const autosave = benchAutosave();
console.log(`${autosave.markdown}\n`);
writeBenchSection('foundation-drafts', autosave.markdown);

const listing = benchListing();
console.log(listing.markdown);
writeBenchSection('foundation-listing', listing.markdown);
