/**
 * Errors that cross layers. Each carries a machine-readable code, the CLI exit code and the HTTP status,
 * so the CLI and the server each map them in one place (cli/run-command.ts, server/error-handler.ts).
 * Messages come from the catalogue in ./messages, never from string literals at the throw site.
 */
export type ErrorCode =
  | 'usage'
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unauthorized'
  | 'unsupported'
  | 'internal';

const exitCodes: Record<ErrorCode, number> = {
  usage: 2,
  invalid_input: 3,
  not_found: 4,
  conflict: 5,
  forbidden: 6,
  unauthorized: 6,
  unsupported: 7,
  internal: 70,
};

const httpStatuses: Record<ErrorCode, number> = {
  usage: 400,
  invalid_input: 422,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthorized: 401,
  unsupported: 415,
  internal: 500,
};

/** Where in a user's file a problem sits; every field optional because not every error has all of them. */
export interface Location {
  readonly file?: string;
  readonly row?: number;
  readonly column?: string;
  readonly value?: string;
}

export class SegmapError extends Error {
  readonly code: ErrorCode;
  readonly location: Location | undefined;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, options: { location?: Location; details?: unknown; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SegmapError';
    this.code = code;
    this.location = options.location;
    this.details = options.details;
  }

  get exitCode(): number {
    return exitCodes[this.code];
  }

  get httpStatus(): number {
    return httpStatuses[this.code];
  }
}

/** The caller asked for something that cannot be done as asked (bad flag, bad option, k out of range). */
export class UsageError extends SegmapError {
  constructor(message: string, details?: unknown) {
    super('usage', message, { details });
    this.name = 'UsageError';
  }
}

/** The data itself is unusable: unreadable file, missing required column, nothing left to fit. */
export class InputError extends SegmapError {
  constructor(message: string, location?: Location, details?: unknown) {
    super('invalid_input', message, { ...(location ? { location } : {}), details });
    this.name = 'InputError';
  }
}

export class NotFoundError extends SegmapError {
  constructor(message: string) {
    super('not_found', message);
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends SegmapError {
  constructor(message: string) {
    super('forbidden', message);
    this.name = 'ForbiddenError';
  }
}

export const isSegmapError = (error: unknown): error is SegmapError => error instanceof SegmapError;
