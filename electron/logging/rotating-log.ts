import fs from 'node:fs';
import path from 'node:path';

export interface RotatingLogOptions {
  /** Rotate once the current file would grow past this many bytes. */
  maxBytes?: number;
  /** Rotated files kept beside it: name.log.1 (newest) … name.log.N. */
  keep?: number;
  /** Strings that must never reach the disk (the launch key); replaced by ***. */
  redact?: () => readonly string[];
}

export interface RotatingLog {
  readonly file: string;
  write(line: string): void;
}

/**
 * An append-only log that rotates by size. Writes are synchronous: llama-server logs a few lines
 * per request, and a crash must not lose the lines that explain it.
 */
export function openRotatingLog(file: string, opts: RotatingLogOptions = {}): RotatingLog {
  const maxBytes = opts.maxBytes ?? 5 * 1024 * 1024;
  const keep = opts.keep ?? 3;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let size = fs.existsSync(file) ? fs.statSync(file).size : 0;

  const rotate = () => {
    fs.rmSync(`${file}.${keep}`, { force: true });
    for (let i = keep - 1; i >= 1; i--) {
      if (fs.existsSync(`${file}.${i}`)) fs.renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    }
    if (keep > 0) fs.renameSync(file, `${file}.1`);
    else fs.rmSync(file, { force: true });
    size = 0;
  };

  return {
    file,
    write(line) {
      let text = line;
      for (const secret of opts.redact?.() ?? []) if (secret) text = text.split(secret).join('***');
      const bytes = Buffer.from(`${text}\n`, 'utf8');
      if (size > 0 && size + bytes.length > maxBytes) rotate();
      fs.appendFileSync(file, bytes);
      size += bytes.length;
    },
  };
}
