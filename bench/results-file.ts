import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const RESULTS = path.join(path.dirname(new URL(import.meta.url).pathname), 'RESULTS.md');

/**
 * Replaces (or appends) one benchmark's section of bench/RESULTS.md, between
 * `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`, so each bench owns its own part.
 */
export function writeBenchSection(name: string, markdown: string, file = RESULTS): void {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const block = `${open}\n${markdown.trim()}\n${close}`;
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmark results\n\nEach section is rewritten by the bench that owns it; ratios are against a baseline measured in the same run.\n';
  const start = current.indexOf(open);
  const end = current.indexOf(close);
  const next = start >= 0 && end > start ? current.slice(0, start) + block + current.slice(end + close.length) : `${current.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, next);
}

/** Describes the machine a number was measured on, for the section header. */
export function machineLine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}
