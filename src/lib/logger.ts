/**
 * Warnings are part of the contract: core routines take a Logger instead of printing, and tests assert
 * what was warned. `collectingLogger` keeps the warnings for a report or a test.
 */
export interface Warning {
  readonly code: string;
  readonly message: string;
}

export interface Logger {
  warn(code: string, message: string): void;
}

export const silentLogger: Logger = { warn: () => undefined };

export interface CollectingLogger extends Logger {
  readonly warnings: readonly Warning[];
}

export function collectingLogger(): CollectingLogger {
  const warnings: Warning[] = [];
  return { warnings, warn: (code, message) => void warnings.push({ code, message }) };
}
