/**
 * Bytes of the search index: unsigned variable-length integers (7 bits a byte, low first, the high bit set on every
 * byte but the last) and UTF-8 strings, written and read in order.
 */

/** Appends integers, bytes and strings to a growing buffer. */
export class ByteWriter {
  private buffer = new Uint8Array(1024);
  private length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + n) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.buffer.subarray(0, this.length));
    this.buffer = bigger;
  }

  /** An unsigned integer below 2^53, in 1 to 8 bytes. */
  uint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`Not an unsigned integer: ${value}`);
    this.room(8);
    let v = value;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buffer[this.length++] = v;
  }

  /** One byte (0 to 255). */
  byte(value: number): void {
    this.room(1);
    this.buffer[this.length++] = value & 0xff;
  }

  /** Raw bytes, as they are. */
  bytes(value: Uint8Array): void {
    this.room(value.length);
    this.buffer.set(value, this.length);
    this.length += value.length;
  }

  /** A string: its UTF-8 length, then its bytes. */
  string(value: string): void {
    const encoded = new TextEncoder().encode(value);
    this.uint(encoded.length);
    this.bytes(encoded);
  }

  /** Everything written so far. */
  done(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Reads what a ByteWriter wrote, in the same order; reading past the end is an error. */
export class ByteReader {
  private at = 0;
  private readonly data: Uint8Array;
  constructor(data: Uint8Array) {
    this.data = data;
  }

  /** Whether every byte has been read. */
  get ended(): boolean {
    return this.at >= this.data.length;
  }

  /** How many bytes have been read. */
  get offset(): number {
    return this.at;
  }

  /** An unsigned integer written by ByteWriter.uint. */
  uint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
  }

  /** One byte. */
  byte(): number {
    const b = this.data[this.at++];
    if (b === undefined) throw new Error('The search index file ends too soon.');
    return b;
  }

  /** The next n bytes (a view, not a copy). */
  bytes(n: number): Uint8Array {
    if (this.at + n > this.data.length) throw new Error('The search index file ends too soon.');
    const slice = this.data.subarray(this.at, this.at + n);
    this.at += n;
    return slice;
  }

  /** A string written by ByteWriter.string. */
  string(): string {
    return new TextDecoder().decode(this.bytes(this.uint()));
  }
}
