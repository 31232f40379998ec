import { describe, expect, it } from 'vitest';
import { evaluateDoctor, type DoctorFacts } from '../../../../electron/cli/commands/doctor-checks';

const healthy: DoctorFacts = {
  nodeVersion: 'v20.20.2',
  libraryDir: '/lib',
  libraryWritable: true,
  schemaVersion: 3,
  llamaServer: { binary: '/bin/llama-server', version: 'version: 0.4.0-dev' },
  installedModels: [{ name: 'Qwen', present: true }],
  cloudKey: 'environment',
  freeBytes: 50 * 2 ** 30,
};

const level = (facts: DoctorFacts, name: string) => evaluateDoctor(facts).find((c) => c.name === name);

describe('evaluateDoctor', () => {
  it('passes a healthy machine', () => {
    expect(evaluateDoctor(healthy).every((c) => c.level === 'ok')).toBe(true);
  });

  it('fails an old Node and an unwritable library, with what to do', () => {
    expect(level({ ...healthy, nodeVersion: 'v20.11.0' }, 'Node.js')).toMatchObject({ level: 'fail', detail: 'v20.11.0 is too old; install Node 20.19 or newer.' });
    expect(level({ ...healthy, libraryWritable: false }, 'Library')).toMatchObject({ level: 'fail' });
  });

  it('warns (not fails) without an engine, model or key: the other engine may still work', () => {
    const facts = { ...healthy, llamaServer: undefined, installedModels: [], cloudKey: 'none' as const };
    expect(['Local engine', 'Local models', 'Cloud key'].map((n) => level(facts, n)?.level)).toEqual(['warn', 'warn', 'warn']);
  });

  it('fails an engine binary that does not run', () => {
    expect(level({ ...healthy, llamaServer: { binary: '/x', error: 'EACCES' } }, 'Local engine')?.level).toBe('fail');
  });

  it('warns on low disk space', () => {
    expect(level({ ...healthy, freeBytes: 2 ** 30 }, 'Disk space')?.level).toBe('warn');
  });

  it("lists the engine's backends after the engine, a crashed one as a warning", () => {
    const backends = [
      { label: 'Vulkan backend', detail: 'Vulkan0 llvmpipe' },
      { label: 'CUDA backend', detail: 'could not load (crashed (SIGSEGV))', warn: true },
      { label: 'Engine will use', detail: 'Vulkan on Vulkan0' },
    ];
    const checks = evaluateDoctor({ ...healthy, backends });
    const at = checks.findIndex((c) => c.name === 'Local engine');
    expect(checks.slice(at + 1, at + 4)).toEqual([
      { name: 'Vulkan backend', level: 'ok', detail: 'Vulkan0 llvmpipe' },
      { name: 'CUDA backend', level: 'warn', detail: 'could not load (crashed (SIGSEGV))' },
      { name: 'Engine will use', level: 'ok', detail: 'Vulkan on Vulkan0' },
    ]);
  });
});
