/**
 * Expected failures are values: importers, validators and parsers return a Result instead of throwing.
 * Unexpected failures are SegmapError subclasses (./errors.ts), handled once at the edge.
 */
export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err<E> = { readonly ok: false; readonly error: E };
export type Result<T, E> = Ok<T> | Err<E>;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = <E>(error: E): Err<E> => ({ ok: false, error });

/** Unwraps a Result, turning its error into an exception built by `toError`. */
export function unwrap<T, E>(result: Result<T, E>, toError: (error: E) => Error): T {
  if (result.ok) return result.value;
  throw toError(result.error);
}
