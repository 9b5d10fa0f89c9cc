/**
 * A minimal SPSS .sav writer for tests (uncompressed, little-endian, layout of the PSPP "System File
 * Format" documentation): numeric variables and strings of at most 8 bytes, variable labels, discrete
 * missing values and value labels. Enough to build survey fixtures in a temp dir; R's foreign::read.spss
 * reads its output (checked in test/e2e/import-sav.test.ts).
 */
import { writeFileSync } from 'node:fs';

export interface SavVariableSpec {
  readonly name: string; // ≤ 8 characters
  readonly type: 'numeric' | 'string';
  readonly label?: string;
  readonly missing?: readonly number[]; // up to 3 discrete codes (numeric only)
  readonly valueLabels?: Readonly<Record<number, string>>;
}

const sysmis = -Number.MAX_VALUE;

class Bytes {
  private parts: Buffer[] = [];
  int(v: number): this {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    this.parts.push(b);
    return this;
  }
  double(v: number): this {
    const b = Buffer.alloc(8);
    b.writeDoubleLE(v);
    this.parts.push(b);
    return this;
  }
  text(s: string, width: number, pad = ' '): this {
    const b = Buffer.alloc(width, pad);
    b.write(s.slice(0, width), 'latin1');
    this.parts.push(b);
    return this;
  }
  raw(b: Buffer): this {
    this.parts.push(b);
    return this;
  }
  done(): Buffer {
    return Buffer.concat(this.parts);
  }
}

export function writeSav(file: string, variables: readonly SavVariableSpec[], rows: readonly (readonly (number | string | null)[])[]): void {
  const out = new Bytes();
  out.text('$FL2', 4).text('@(#) SPSS DATA FILE segmap test writer', 60);
  out.int(2).int(variables.length).int(0).int(0).int(rows.length).double(100);
  out.text('01 Jan 26', 9).text('00:00:00', 8).text('', 64).text('', 3, '\0');
  for (const v of variables) {
    const string = v.type === 'string';
    const format = string ? (1 << 16) | (8 << 8) : (5 << 16) | (8 << 8);
    out.int(2).int(string ? 8 : 0).int(v.label ? 1 : 0).int(string ? 0 : (v.missing?.length ?? 0)).int(format).int(format);
    out.text(v.name.toUpperCase(), 8);
    if (v.label) {
      const length = Buffer.byteLength(v.label, 'latin1');
      out.int(length).text(v.label, Math.ceil(length / 4) * 4);
    }
    if (!string) for (const m of v.missing ?? []) out.double(m);
  }
  variables.forEach((v, index) => {
    const labels = Object.entries(v.valueLabels ?? {});
    if (labels.length === 0) return;
    out.int(3).int(labels.length);
    for (const [value, label] of labels) {
      const length = Math.min(255, Buffer.byteLength(label, 'latin1'));
      out.double(Number(value)).raw(Buffer.from([length])).text(label, Math.ceil((length + 1) / 8) * 8 - 1);
    }
    out.int(4).int(1).int(index + 1);
  });
  out.int(999).int(0);
  for (const row of rows) {
    variables.forEach((v, i) => {
      const value = row[i] ?? null;
      if (v.type === 'string') out.text(value === null ? '' : String(value), 8);
      else out.double(value === null ? sysmis : Number(value));
    });
  }
  writeFileSync(file, out.done());
}
