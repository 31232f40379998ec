import path from 'node:path';
import type { EngineError, EngineErrorCode } from '../../shared/domain/engine';
import type { ServerExit } from './launch-server';

export interface EngineFiles {
  model: string;
  mmproj?: string;
}

interface Rule {
  code: EngineErrorCode;
  test: RegExp;
  message(files: EngineFiles, match: RegExpExecArray): string;
}

const name = (file: string | undefined) => (file ? path.basename(file) : 'the model file');

// Order matters: the first rule that matches any line wins, so specific causes come before generic ones.
const RULES: Rule[] = [
  {
    code: 'file_missing',
    test: /^spawn error: .*\b(ENOENT|EACCES)\b/,
    message: () => 'The local engine program (llama-server) is missing or cannot be run. Reinstall Listing Studio, or use a cloud model in Settings.',
  },
  {
    code: 'port_in_use',
    test: /couldn't bind HTTP server socket/,
    message: () => 'The engine could not open its local port because another program took it. Start the engine again; it picks a new port each time.',
  },
  {
    code: 'mmproj_mismatch',
    test: /mismatch between text model \(n_embd = (\d+)\) and mmproj \(n_embd = (\d+)\)/,
    message: (f) => `The vision file ${name(f.mmproj)} does not belong to ${name(f.model)}. Download the vision file made for this model.`,
  },
  {
    code: 'file_missing',
    test: /failed to open GGUF file '([^']*)' \((No such file or directory|Not a directory)\)/,
    message: (f, m) => `${name(m[1] || f.model)} was not found. It may have been moved or deleted: download it again from Models.`,
  },
  {
    code: 'file_unreadable',
    test: /failed to open GGUF file '([^']*)' \((.*)\)|invalid magic|failed to read (?:magic|header|key|tensor)|gguf_init_from_file\w*: .*(?:failed|invalid)|Failed to load CLIP model|tensor '.*' data is not within the file bounds/,
    message: (f, m) => {
      const file = m[1] ? m[1] : /CLIP/.test(m[0]) ? f.mmproj : undefined;
      return `${name(file ?? f.model)} could not be read as a model file; it may be incomplete or damaged. Delete it and download it again from Models.`;
    },
  },
  {
    code: 'unsupported_architecture',
    test: /unknown model architecture: '([^']*)'|unknown projector type/,
    message: (f, m) =>
      m[1]
        ? `${name(f.model)} is a "${m[1]}" model, which this version of the engine cannot run. Choose a model from the catalog.`
        : `The vision file ${name(f.mmproj)} uses a projector this version of the engine cannot run. Choose a model from the catalog.`,
  },
  {
    code: 'out_of_memory',
    test: /out of memory|unable to allocate .* buffer|failed to allocate (?:buffer|compute|graph|output)|cudaMalloc failed|ErrorOutOfDeviceMemory|kIOGPUCommandBufferCallbackErrorOutOfMemory/i,
    message: (f) =>
      `There is not enough memory to load ${name(f.model)}. Close other apps, lower the context size or GPU layers in Settings, or choose a smaller model.`,
  },
];

/**
 * Why llama-server stopped, from its own last words and how it exited. `neverReady` says the
 * process died before it answered /health: it was still loading, whatever its log got out.
 */
export function classifyServerLog(lines: readonly string[], exit: ServerExit | undefined, files: EngineFiles, neverReady = false): EngineError {
  for (const rule of RULES) {
    for (const line of lines) {
      const match = rule.test.exec(line);
      if (match) return { code: rule.code, message: rule.message(files, match), detail: line.trim() };
    }
  }
  const lastError = [...lines].reverse().find((l) => /(^|\s)E\s/.test(l) || /\berror\b/i.test(l))?.trim();
  if (exit?.signal) {
    // This llama.cpp segfaults on a structurally incomplete mmproj while sizing it, right after
    // "load_model: loading model", with no message of its own: blame the files it was loading.
    // llama.cpp logs from a background thread, so a segfault can swallow that very line: a server
    // that never became ready was loading all the same.
    const loading = neverReady || lines.some((l) => /load_model: loading model/.test(l)) && !lines.some((l) => /model loaded|listening on/.test(l));
    const loadingFiles = files.mmproj ? `${name(files.model)} with the vision file ${name(files.mmproj)}` : name(files.model);
    if (exit.signal === 'SIGKILL') {
      // Nothing inside llama-server sends SIGKILL: the system (out of memory) or another program did.
      const when = loading ? ` while loading ${loadingFiles}` : '';
      return {
        code: 'killed',
        message: `The engine was killed from outside (SIGKILL)${when}: the system or another program ended it, most often because the computer ran out of memory. Close other apps or choose a smaller model, then start the engine again.`,
        detail: lastError,
      };
    }
    if (loading) {
      return {
        code: 'crashed',
        message: `The engine crashed (${exit.signal}) while loading ${loadingFiles}; one of them is probably damaged or incomplete. Download the model files again; if it keeps happening, send logs/llama-server.log with a bug report.`,
        detail: lastError,
      };
    }
    return {
      code: 'crashed',
      message: `The engine crashed (${exit.signal}) after the model had loaded. Start it again; if it keeps happening, send logs/llama-server.log with a bug report.`,
      detail: lastError,
    };
  }
  return {
    code: 'unknown',
    message: `The engine stopped (exit code ${exit?.code ?? 'unknown'}). The details are in logs/llama-server.log.`,
    detail: lastError,
  };
}

export function describeLoadTimeout(files: EngineFiles, seconds: number): EngineError {
  return {
    code: 'load_timeout',
    message: `The engine did not finish loading ${name(files.model)} within ${seconds} s. Close other apps or choose a smaller model, then start it again.`,
  };
}
