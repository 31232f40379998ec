import { describe, expect, it } from 'vitest';
import { buildServerArgs, buildServerEnv, defaultThreadCount, type ServerConfig } from '../../../electron/engine/server-args';

const base: ServerConfig = { model: '/m/model.gguf', mmproj: '/m/mmproj.gguf', contextSize: 8192, parallel: 2, gpuLayers: 'auto', port: 40123 };

function valueOf(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

describe('buildServerArgs', () => {
  it('binds loopback on the given port with model, projector, context and slots', () => {
    const args = buildServerArgs(base, 8);
    expect(valueOf(args, '--model')).toBe('/m/model.gguf');
    expect(valueOf(args, '--mmproj')).toBe('/m/mmproj.gguf');
    expect(valueOf(args, '--host')).toBe('127.0.0.1');
    expect(valueOf(args, '--port')).toBe('40123');
    expect(valueOf(args, '--ctx-size')).toBe('8192');
    expect(valueOf(args, '--parallel')).toBe('2');
    expect(args).toContain('--no-webui');
    // trace level: the only level at which llama.cpp reports offloaded layers and buffers
    expect(valueOf(args, '--verbosity')).toBe('4');
  });

  it('lets the server fit GPU layers by default, and turns fitting off when layers are forced', () => {
    const auto = buildServerArgs(base, 8);
    expect(valueOf(auto, '--gpu-layers')).toBe('auto');
    expect(valueOf(auto, '--fit')).toBe('on');
    const forced = buildServerArgs({ ...base, gpuLayers: 12 }, 8);
    expect(valueOf(forced, '--gpu-layers')).toBe('12');
    expect(valueOf(forced, '--fit')).toBe('off');
  });

  it('uses one thread less than the cores, at least one, unless told', () => {
    expect(valueOf(buildServerArgs(base, 8), '--threads')).toBe('7');
    expect(valueOf(buildServerArgs(base, 1), '--threads')).toBe('1');
    expect(valueOf(buildServerArgs({ ...base, threads: 3 }, 8), '--threads')).toBe('3');
    expect(defaultThreadCount(2)).toBe(1);
  });

  it('adds alias and chat template file only when configured, and leaves out the projector when absent', () => {
    const plain = buildServerArgs({ ...base, mmproj: undefined }, 4);
    expect(plain).not.toContain('--mmproj');
    expect(plain).not.toContain('--alias');
    expect(plain).not.toContain('--chat-template-file');
    const full = buildServerArgs({ ...base, alias: 'qwen', chatTemplateFile: '/m/template.jinja' }, 4);
    expect(valueOf(full, '--alias')).toBe('qwen');
    expect(valueOf(full, '--chat-template-file')).toBe('/m/template.jinja');
  });

  it('never carries an API key', () => {
    const args = buildServerArgs({ ...base, alias: 'x' }, 4);
    expect(args.some((a) => /api-key/.test(a))).toBe(false);
  });
});

describe('buildServerEnv', () => {
  it('sets the launch key and drops inherited llama-server settings', () => {
    const env = buildServerEnv({ PATH: '/bin', LLAMA_ARG_HOST: '0.0.0.0', LLAMA_API_KEY: 'old', LLAMA_ARG_API_KEY_FILE: '/k' }, 'secret');
    expect(env).toEqual({ PATH: '/bin', LLAMA_API_KEY: 'secret' });
  });

  it('loads only the GPU backend this launch chose, never one the parent environment named', () => {
    const parent = { PATH: '/bin', GGML_BACKEND_PATH: '/elsewhere/libggml-cuda.so', GGML_VK_VISIBLE_DEVICES: '0' };
    expect(buildServerEnv(parent, 'k', '/app/bin/backends/vulkan-package/libggml-vulkan.so')).toEqual({
      PATH: '/bin',
      GGML_VK_VISIBLE_DEVICES: '0',
      LLAMA_API_KEY: 'k',
      GGML_BACKEND_PATH: '/app/bin/backends/vulkan-package/libggml-vulkan.so',
    });
    expect(buildServerEnv(parent, 'k')).not.toHaveProperty('GGML_BACKEND_PATH');
  });
});
