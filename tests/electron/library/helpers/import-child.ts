/**
 * A separate process that imports a folder of photos into a library, for the interrupted-import
 * test: the parent SIGKILLs it part-way. Prints one JSON line per photo prepared.
 *   node --import tsx import-child.ts <libraryDir> <photoFolder>
 */
import path from 'node:path';
import { openDatabase } from '../../../../electron/db/open-database';
import { importPhotos } from '../../../../electron/photos/import-photos';

const [libraryDir, folder] = process.argv.slice(2);
const db = openDatabase(path.join(libraryDir!, 'library.sqlite'));
const result = await importPhotos(db, libraryDir!, [folder!], {
  concurrency: 2,
  onProgress: ({ done, total }) => process.stdout.write(`${JSON.stringify({ event: 'progress', done, total })}\n`),
});
process.stdout.write(`${JSON.stringify({ event: 'finished', photos: result.photosImported })}\n`);
db.close();
