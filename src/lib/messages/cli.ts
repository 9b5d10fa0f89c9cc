export const cliMessages = {
  integerFlag: (flag: string, min: number, max: number, raw: string) =>
    `${flag} requires a whole number${min > Number.MIN_SAFE_INTEGER ? ` from ${min}` : ''}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}, got "${raw}"`,
} as const;
