/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') in UTC, so rule windows mean the same in the evaluator,
 * in DuckDB and in PostgreSQL whatever the machine's time zone. ISO dates compare correctly as strings.
 *
 * @example addDays('2024-03-01', -1)   // '2024-02-29'
 */
const dayMs = 86_400_000;

/** Midnight UTC of an ISO date, in epoch milliseconds. */
export function dayStartMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function addDays(iso: string, days: number): string {
  return new Date(dayStartMs(iso) + days * dayMs).toISOString().slice(0, 10);
}

/** A row's date value as an ISO date, or null when missing or unreadable. */
export function toIsoDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return null;
}

/** A timestamp (Date, ISO string read as UTC, or epoch ms) in epoch milliseconds, or null. */
export function toEpochMs(value: unknown): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') {
    const iso = value.length === 10 ? `${value}T00:00:00Z` : /[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value.replace(' ', 'T')}Z`;
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}

export const millisecondsPerDay = dayMs;
