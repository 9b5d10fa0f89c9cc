/**
 * Append-only typed arrays for tables whose length is only known once they are generated (referrals,
 * volumes, events). Capacity doubles, so n pushes cost O(n) amortised; `finish()` returns an exact-length
 * view without copying.
 *
 * @example
 * const ids = new GrowableInt32();
 * ids.push(7); ids.push(9);
 * ids.finish(); // Int32Array [7, 9]
 */
export class GrowableInt32 {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) this.data = grow(this.data, new Int32Array(this.data.length * 2));
    this.data[this.length++] = value;
  }

  finish(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

export class GrowableInt16 {
  private data = new Int16Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) this.data = grow(this.data, new Int16Array(this.data.length * 2));
    this.data[this.length++] = value;
  }

  finish(): Int16Array {
    return this.data.subarray(0, this.length);
  }
}

export class GrowableFloat64 {
  private data = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) this.data = grow(this.data, new Float64Array(this.data.length * 2));
    this.data[this.length++] = value;
  }

  finish(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

export class GrowableUint8 {
  private data = new Uint8Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) this.data = grow(this.data, new Uint8Array(this.data.length * 2));
    this.data[this.length++] = value;
  }

  finish(): Uint8Array {
    return this.data.subarray(0, this.length);
  }
}

function grow<T extends Int32Array | Int16Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
