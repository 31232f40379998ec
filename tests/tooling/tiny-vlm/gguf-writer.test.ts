import { describe, expect, it } from 'vitest';
import { GGUF_ALIGNMENT, writeGguf } from '../../../tooling/tiny-vlm/gguf-writer';

describe('writeGguf', () => {
  it('writes the GGUF v3 header with tensor and key counts', () => {
    const buf = writeGguf({
      metadata: [['general.architecture', { type: 'string', value: 'llama' }]],
      tensors: [{ name: 'a', shape: [3], data: new Float32Array([1, 2, 3]) }],
    });
    expect(buf.subarray(0, 4).toString('ascii')).toBe('GGUF');
    expect(buf.readUInt32LE(4)).toBe(3);
    expect(buf.readBigUInt64LE(8)).toBe(1n);
    expect(buf.readBigUInt64LE(16)).toBe(1n);
    // key: u64 length + bytes, then value type 8 (string), u64 length + bytes
    expect(buf.readBigUInt64LE(24)).toBe(BigInt('general.architecture'.length));
    const afterKey = 32 + 'general.architecture'.length;
    expect(buf.readUInt32LE(afterKey)).toBe(8);
  });

  it('places each tensor at the running sum of 32-byte-padded sizes', () => {
    const a = new Float32Array([1, 2, 3]); // 12 bytes → padded to 32
    const b = new Float32Array([4, 5]);
    const buf = writeGguf({ metadata: [], tensors: [{ name: 'a', shape: [3], data: a }, { name: 'b', shape: [2], data: b }] });
    const dataStart = buf.length - 64;
    expect(dataStart % GGUF_ALIGNMENT).toBe(0);
    expect(buf.readFloatLE(dataStart + 8)).toBe(3);
    expect(buf.readFloatLE(dataStart + 32)).toBe(4);
    expect(buf.readFloatLE(dataStart + 36)).toBe(5);
    // tensor info for "b": name, n_dims, ne, type, offset → offset is the last u64 before padding
    const nameB = buf.indexOf(Buffer.from([1, 0, 0, 0, 0, 0, 0, 0, 0x62]));
    const offsetB = buf.readBigUInt64LE(nameB + 9 + 4 + 8 + 4);
    expect(offsetB).toBe(32n);
  });

  it('refuses a tensor whose data does not fill its shape', () => {
    expect(() => writeGguf({ metadata: [], tensors: [{ name: 'w', shape: [2, 2], data: new Float32Array(3) }] })).toThrow(/w: shape \[2, 2\] holds 4 values but 3/);
  });
});
