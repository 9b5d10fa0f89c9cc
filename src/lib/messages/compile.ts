/** Messages of the SQL and Excel compilers (src/compile). House style: lowercase, no final period. */
export const compileMessages = {
  unsafeIdentifier: (name: string) =>
    `identifier ${JSON.stringify(name)} requires letters, digits, underscores, spaces or hyphens only (at most 63 characters, starting with a letter or underscore)`,
  unknownDialect: (name: string, allowed: readonly string[]) => `--dialect requires one of ${allowed.join(', ')} (got ${JSON.stringify(name)})`,
  unsafeString: (what: string) => `${what} requires printable characters only (no control characters)`,
} as const;
