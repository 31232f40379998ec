/**
 * A dependency-free GGUF v3 writer: header, typed key/value metadata, tensor infos, then the
 * 32-byte-aligned data section. Enough to write small F32 models for tests and diagnostics.
 */

/** GGUF metadata value types (gguf.h `gguf_type`). */
const VALUE_TYPE = { u8: 0, i8: 1, u16: 2, i16: 3, u32: 4, i32: 5, f32: 6, bool: 7, string: 8, array: 9, u64: 10, i64: 11, f64: 12 } as const;

/** ggml tensor types we write (ggml.h `ggml_type`). */
const TENSOR_TYPE = { f32: 0 } as const;

export const GGUF_ALIGNMENT = 32;

export type GgufValue =
  | { type: 'u32' | 'i32' | 'f32' | 'u64'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'string'; value: string }
  | { type: 'u32[]' | 'i32[]' | 'f32[]'; value: readonly number[] }
  | { type: 'string[]'; value: readonly string[] };

export interface GgufTensor {
  name: string;
  /** ggml `ne` order: the fastest-moving dimension first (numpy shape reversed). */
  shape: readonly number[];
  data: Float32Array;
}

export interface GgufFile {
  metadata: ReadonlyArray<readonly [key: string, value: GgufValue]>;
  tensors: readonly GgufTensor[];
}

/** Grows a byte buffer as typed values are appended, little-endian as GGUF requires. */
class ByteSink {
  private chunks: Buffer[] = [];
  length = 0;

  private push(buf: Buffer): void {
    this.chunks.push(buf);
    this.length += buf.length;
  }
  u32(n: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    this.push(b);
  }
  i32(n: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(n);
    this.push(b);
  }
  u64(n: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(n));
    this.push(b);
  }
  f32(n: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(n);
    this.push(b);
  }
  bool(v: boolean): void {
    this.push(Buffer.from([v ? 1 : 0]));
  }
  string(s: string): void {
    const bytes = Buffer.from(s, 'utf8');
    this.u64(bytes.length);
    this.push(bytes);
  }
  bytes(buf: Buffer): void {
    this.push(buf);
  }
  padTo(alignment: number): void {
    const pad = (alignment - (this.length % alignment)) % alignment;
    if (pad) this.push(Buffer.alloc(pad));
  }
  toBuffer(): Buffer {
    return Buffer.concat(this.chunks, this.length);
  }
}

function writeValue(sink: ByteSink, v: GgufValue): void {
  switch (v.type) {
    case 'u32':
      sink.u32(VALUE_TYPE.u32);
      return sink.u32(v.value);
    case 'i32':
      sink.u32(VALUE_TYPE.i32);
      return sink.i32(v.value);
    case 'f32':
      sink.u32(VALUE_TYPE.f32);
      return sink.f32(v.value);
    case 'u64':
      sink.u32(VALUE_TYPE.u64);
      return sink.u64(v.value);
    case 'bool':
      sink.u32(VALUE_TYPE.bool);
      return sink.bool(v.value);
    case 'string':
      sink.u32(VALUE_TYPE.string);
      return sink.string(v.value);
    case 'string[]':
      sink.u32(VALUE_TYPE.array);
      sink.u32(VALUE_TYPE.string);
      sink.u64(v.value.length);
      return v.value.forEach((s) => sink.string(s));
    case 'u32[]':
    case 'i32[]':
    case 'f32[]': {
      const elem = v.type === 'u32[]' ? 'u32' : v.type === 'i32[]' ? 'i32' : 'f32';
      sink.u32(VALUE_TYPE.array);
      sink.u32(VALUE_TYPE[elem]);
      sink.u64(v.value.length);
      return v.value.forEach((n) => sink[elem](n));
    }
  }
}

function alignUp(n: number): number {
  return Math.ceil(n / GGUF_ALIGNMENT) * GGUF_ALIGNMENT;
}

/** Serialises a whole GGUF v3 file into one buffer. */
export function writeGguf(file: GgufFile): Buffer {
  const sink = new ByteSink();
  sink.bytes(Buffer.from('GGUF', 'ascii'));
  sink.u32(3);
  sink.u64(file.tensors.length);
  sink.u64(file.metadata.length);
  for (const [key, value] of file.metadata) {
    sink.string(key);
    writeValue(sink, value);
  }
  // gguf.cpp insists each offset equals the running sum of the padded sizes before it.
  let offset = 0;
  for (const t of file.tensors) {
    const elements = t.shape.reduce((a, b) => a * b, 1);
    if (elements !== t.data.length) {
      throw new Error(`GGUF tensor ${t.name}: shape [${t.shape.join(', ')}] holds ${elements} values but ${t.data.length} were given`);
    }
    sink.string(t.name);
    sink.u32(t.shape.length);
    t.shape.forEach((n) => sink.u64(n));
    sink.u32(TENSOR_TYPE.f32);
    sink.u64(offset);
    offset += alignUp(t.data.byteLength);
  }
  sink.padTo(GGUF_ALIGNMENT);
  for (const t of file.tensors) {
    sink.bytes(Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength));
    sink.padTo(GGUF_ALIGNMENT);
  }
  return sink.toBuffer();
}
