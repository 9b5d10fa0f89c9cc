/**
 * RFC 4180 text of a columnar table, produced in chunks of whole lines so a million-row table never sits in
 * memory as one string and no per-cell object is made: each column gets one formatter closure, each row
 * becomes one string, and a chunk is one `join`. Nulls are empty fields; booleans are `true`/`false`;
 * dates `YYYY-MM-DD`; timestamps `YYYY-MM-DD HH:MM:SS` (UTC).
 *
 * Reference: RFC 4180 (quoting of fields holding `,` `"` CR or LF). Complexity: O(cells).
 *
 * @example
 * [...csvChunks(t)].join(''); // 'territory_id\nT001\nT002\n'
 */
import { assertNever } from '../../../lib/assert-never.js';
import { nullDate, type ColumnData, type Table } from './table.js';

type Formatter = (row: number) => string;

const needsQuotes = /[",\r\n]/;

/** Quotes a field when RFC 4180 requires it. */
export function escapeCsv(value: string): string {
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The header line and then the rows, `rowsPerChunk` lines per string, each chunk ending in a newline. */
export function* csvChunks(t: Table, rowsPerChunk = 16384): Generator<string> {
  yield `${t.columns.map((c) => escapeCsv(c.name)).join(',')}\n`;
  const formatters = t.columns.map((c) => cellFormatter(c.data));
  const lines: string[] = [];
  for (let start = 0; start < t.rows; start += rowsPerChunk) {
    const end = Math.min(t.rows, start + rowsPerChunk);
    lines.length = 0;
    for (let i = start; i < end; i++) {
      let line = formatters[0]!(i);
      for (let c = 1; c < formatters.length; c++) line += `,${formatters[c]!(i)}`;
      lines.push(line);
    }
    yield `${lines.join('\n')}\n`;
  }
}

/** The CSV text of row i of a column (tests read cells through it too). */
export function cellFormatter(data: ColumnData): Formatter {
  switch (data.kind) {
    case 'id': {
      const { prefix, width, values } = data;
      return (i) => {
        const v = values[i]!;
        return v < 0 ? '' : prefix + String(v).padStart(width, '0');
      };
    }
    case 'mixed-id': {
      const { prefixes, widths, tags, values } = data;
      return (i) => {
        const tag = tags[i]!;
        return prefixes[tag]! + String(values[i]!).padStart(widths[tag]!, '0');
      };
    }
    case 'text': {
      const { values } = data;
      return (i) => {
        const v = values[i];
        return v === null || v === undefined ? '' : escapeCsv(v);
      };
    }
    case 'enum': {
      const labels = data.labels.map(escapeCsv);
      const { codes } = data;
      return (i) => {
        const code = codes[i]!;
        return code < 0 ? '' : labels[code]!;
      };
    }
    case 'int': {
      const { values } = data;
      return (i) => {
        const v = values[i]!;
        return Number.isNaN(v) ? '' : String(Math.round(v));
      };
    }
    case 'float': {
      const { values, digits } = data;
      return (i) => {
        const v = values[i]!;
        return Number.isNaN(v) ? '' : formatFixed(v, digits);
      };
    }
    case 'bool': {
      const { values } = data;
      return (i) => {
        const v = values[i]!;
        return v === 2 ? '' : v === 1 ? 'true' : 'false';
      };
    }
    case 'date': {
      const { values } = data;
      return (i) => {
        const v = values[i]!;
        return v === nullDate ? '' : formatDay(v);
      };
    }
    case 'timestamp': {
      const { values } = data;
      return (i) => {
        const v = values[i]!;
        return Number.isNaN(v) ? '' : formatTimestamp(v);
      };
    }
    default:
      return assertNever(data, 'column kind');
  }
}

/**
 * `digits` decimals, rounding half away from zero on the scaled value (not toFixed's exact-binary rule), so
 * the byte encoder can write the same text with integer arithmetic; no "-0.00".
 */
export function formatFixed(value: number, digits: number): string {
  const scale = 10 ** digits;
  const scaled = Math.round(Math.abs(value) * scale);
  const sign = value < 0 && scaled > 0 ? '-' : '';
  const whole = String(Math.floor(scaled / scale));
  return digits === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(scaled % scale).padStart(digits, '0')}`;
}

const dayCache = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (days since 1970-01-01, UTC); memoised because few distinct days occur. */
export function formatDay(day: number): string {
  let text = dayCache.get(day);
  if (text === undefined) {
    text = new Date(day * 86_400_000).toISOString().slice(0, 10);
    dayCache.set(day, text);
  }
  return text;
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD HH:MM:SS` (UTC) of whole seconds since the epoch. */
export function formatTimestamp(seconds: number): string {
  const s = Math.floor(seconds);
  const day = Math.floor(s / 86_400);
  const rest = s - day * 86_400;
  const h = Math.floor(rest / 3600);
  const m = Math.floor((rest - h * 3600) / 60);
  return `${formatDay(day)} ${two(h)}:${two(m)}:${two(rest - h * 3600 - m * 60)}`;
}
