import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyServerLog } from '../../../electron/engine/classify-server-log';

const files = { model: '/lib/models/qwen/model.gguf', mmproj: '/lib/models/qwen/mmproj.gguf' };
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8').split('\n');

describe('classifyServerLog', () => {
  it('recognises a real CUDA out-of-memory failure (H100, KV cache too large)', () => {
    const err = classifyServerLog(fixture('h100-cuda-oom.log'), { code: 1, signal: null }, { model: 'models/tiny.gguf' });
    expect(err.code).toBe('out_of_memory');
    expect(err.message).toMatch(/not enough memory to load tiny\.gguf/);
    expect(err.detail).toMatch(/cudaMalloc failed: out of memory/);
  });

  it('names the vision file when it does not match the model', () => {
    const err = classifyServerLog(
      ['E mtmd_init_from_file: mismatch between text model (n_embd = 4096) and mmproj (n_embd = 2048)', 'E srv load_model: failed to load multimodal model'],
      { code: 1, signal: null },
      files,
    );
    expect(err.code).toBe('mmproj_mismatch');
    expect(err.message).toBe('The vision file mmproj.gguf does not belong to model.gguf. Download the vision file made for this model.');
  });

  it('tells a missing file from an unreadable one, naming the file', () => {
    const missing = classifyServerLog(["E gguf_init_from_file: failed to open GGUF file '/lib/models/qwen/mmproj.gguf' (No such file or directory)"], { code: 1, signal: null }, files);
    expect(missing.code).toBe('file_missing');
    expect(missing.message).toMatch(/^mmproj\.gguf was not found/);
    const denied = classifyServerLog(["E gguf_init_from_file: failed to open GGUF file '/lib/models/qwen/model.gguf' (Permission denied)"], { code: 1, signal: null }, files);
    expect(denied.code).toBe('file_unreadable');
    expect(denied.message).toMatch(/^model\.gguf could not be read/);
  });

  it('recognises an architecture this build cannot run', () => {
    const err = classifyServerLog(["E llama_model_load: error loading model: error loading model architecture: unknown model architecture: 'mamba9'"], { code: 1, signal: null }, files);
    expect(err.code).toBe('unsupported_architecture');
    expect(err.message).toContain('"mamba9"');
  });

  it('recognises a port taken between our check and the bind', () => {
    const err = classifyServerLog(['E srv    init: couldn\'t bind HTTP server socket, hostname: 127.0.0.1, port: 40001'], { code: 1, signal: null }, files);
    expect(err.code).toBe('port_in_use');
  });

  it('reports a signal death during loading as a crash naming the files being loaded', () => {
    const lines = ["0.00.015.233 I srv    load_model: loading model '/lib/models/qwen/model.gguf'", "0.00.015.238 I srv    load_model: local path '/lib/models/qwen/model.gguf'"];
    const err = classifyServerLog(lines, { code: null, signal: 'SIGSEGV' }, files);
    expect(err.code).toBe('crashed');
    expect(err.message).toMatch(/crashed \(SIGSEGV\) while loading model\.gguf with the vision file mmproj\.gguf; one of them is probably damaged/);
  });

  it('blames the files for a signal death before the server was ready, even when the log lost its loading line', () => {
    // llama.cpp prints from a background thread: a segfault can come before the line is written.
    const err = classifyServerLog(['0.00.000.120 I build: 1 (80fb11a)'], { code: null, signal: 'SIGSEGV' }, files, true);
    expect(err.message).toMatch(/while loading model\.gguf with the vision file mmproj\.gguf/);
    expect(classifyServerLog(['0.00.000.120 I build: 1 (80fb11a)'], { code: null, signal: 'SIGSEGV' }, files, false).message).not.toMatch(/while loading/);
  });

  it('reports a signal death after loading as a crash, without blaming the model files', () => {
    const err = classifyServerLog(['I srv  llama_server: model loaded', 'I srv  llama_server: listening on http://127.0.0.1:4000'], { code: null, signal: 'SIGSEGV' }, files);
    expect(err.code).toBe('crashed');
    expect(err.message).toMatch(/^The engine crashed \(SIGSEGV\) after the model had loaded\. /);
    expect(err.message).not.toMatch(/Download the model files/);
  });

  it('reports SIGKILL as killed from outside (memory, another program), not as damaged files', () => {
    const served = classifyServerLog(['I srv  llama_server: model loaded', 'I srv  llama_server: listening on http://127.0.0.1:4000'], { code: null, signal: 'SIGKILL' }, files);
    expect(served.code).toBe('killed');
    expect(served.message).toMatch(/^The engine was killed from outside \(SIGKILL\): .*ran out of memory/);
    expect(served.message).not.toMatch(/damaged|Download/);
    const loading = classifyServerLog(["I srv    load_model: loading model '/lib/models/qwen/model.gguf'"], { code: null, signal: 'SIGKILL' }, files);
    expect(loading).toMatchObject({ code: 'killed', message: expect.stringContaining('(SIGKILL) while loading model.gguf with the vision file mmproj.gguf') });
  });

  it('falls back to unknown with the exit code and the last error line', () => {
    const err = classifyServerLog(['I something', 'E srv something odd happened', 'I cleaning up'], { code: 3, signal: null }, files);
    expect(err.code).toBe('unknown');
    expect(err.message).toContain('exit code 3');
    expect(err.detail).toBe('E srv something odd happened');
  });

  it('explains a llama-server binary that cannot be started', () => {
    const err = classifyServerLog(['spawn error: spawn /opt/llama-server ENOENT'], { code: null, signal: null }, files);
    expect(err.code).toBe('file_missing');
    expect(err.message).toMatch(/engine program \(llama-server\) is missing/);
  });
});
