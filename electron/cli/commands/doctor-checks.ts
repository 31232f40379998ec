import type { CloudKeySource } from '../../../shared/domain/settings-view';
import type { ReportLine } from '../../engine/backends/describe-backends-report';

export type CheckLevel = 'ok' | 'warn' | 'fail';

export interface Check {
  name: string;
  level: CheckLevel;
  detail: string;
}

export interface DoctorFacts {
  nodeVersion: string;
  libraryDir: string;
  libraryWritable: boolean;
  schemaVersion?: number;
  llamaServer?: { binary: string; version?: string; error?: string };
  installedModels: { name: string; present: boolean }[];
  cloudKey: CloudKeySource;
  imageDecoding?: string;
  freeBytes?: number;
  /** The engine's backends, the devices each sees and the one it will use (describeBackendsReport). */
  backends?: ReportLine[];
}

const MIN_NODE = [20, 19];
const LOW_DISK = 2 * 2 ** 30;

/** Turns what doctor found into checks with a next step for each problem. Pure, so it is tested. */
export function evaluateDoctor(f: DoctorFacts): Check[] {
  const [major = 0, minor = 0] = f.nodeVersion.replace(/^v/, '').split('.').map(Number);
  const nodeOk = major > MIN_NODE[0]! || (major === MIN_NODE[0] && minor >= MIN_NODE[1]!);
  const checks: Check[] = [
    { name: 'Node.js', level: nodeOk ? 'ok' : 'fail', detail: nodeOk ? f.nodeVersion : `${f.nodeVersion} is too old; install Node ${MIN_NODE.join('.')} or newer.` },
    {
      name: 'Library',
      level: f.libraryWritable && f.schemaVersion !== undefined ? 'ok' : 'fail',
      detail: f.libraryWritable ? `${f.libraryDir} (schema ${f.schemaVersion ?? '?'})` : `${f.libraryDir} is not writable; choose another folder with --library.`,
    },
  ];
  if (!f.llamaServer) {
    checks.push({ name: 'Local engine', level: 'warn', detail: 'llama-server was not found: run `npm run engine:build`, or use --engine cloud.' });
  } else if (f.llamaServer.error) {
    checks.push({ name: 'Local engine', level: 'fail', detail: `${f.llamaServer.binary} does not run (${f.llamaServer.error}); rebuild it with \`npm run engine:build -- --force\`.` });
  } else {
    checks.push({ name: 'Local engine', level: 'ok', detail: `${f.llamaServer.binary}${f.llamaServer.version ? ` (${f.llamaServer.version})` : ''}` });
    for (const line of f.backends ?? []) checks.push({ name: line.label, level: line.warn ? 'warn' : 'ok', detail: line.detail });
  }
  const present = f.installedModels.filter((m) => m.present);
  const missing = f.installedModels.filter((m) => !m.present);
  checks.push(
    present.length > 0
      ? { name: 'Local models', level: missing.length ? 'warn' : 'ok', detail: `${present.map((m) => m.name).join(', ')}${missing.length ? `; files missing for ${missing.map((m) => m.name).join(', ')}` : ''}` }
      : { name: 'Local models', level: 'warn', detail: 'none installed: download one in the app, or pass --model and --mmproj to generate.' },
  );
  checks.push(
    f.cloudKey === 'none'
      ? { name: 'Cloud key', level: 'warn', detail: 'not set: set LISTING_STUDIO_CLOUD_KEY to generate with --engine cloud.' }
      : { name: 'Cloud key', level: 'ok', detail: f.cloudKey === 'saved' ? 'saved in the app' : 'from LISTING_STUDIO_CLOUD_KEY' },
  );
  checks.push(
    f.imageDecoding === undefined
      ? { name: 'Image decoding', level: 'ok', detail: 'sharp reads and writes images' }
      : { name: 'Image decoding', level: 'fail', detail: `sharp failed (${f.imageDecoding}); reinstall with \`npm install\`.` },
  );
  if (f.freeBytes !== undefined) {
    const gib = (f.freeBytes / 2 ** 30).toFixed(1);
    checks.push({ name: 'Disk space', level: f.freeBytes < LOW_DISK ? 'warn' : 'ok', detail: `${gib} GiB free${f.freeBytes < LOW_DISK ? '; photos and models need room, free some space' : ''}` });
  }
  return checks;
}
