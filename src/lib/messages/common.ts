export const commonMessages = {
  unknownOption: (flag: string, allowed: readonly string[]) => `${flag} requires one of ${allowed.join(', ')}`,
  fileNotFound: (file: string) => `file not found: ${file}`,
  notAWorkspace: (dir: string) => `${dir} is not a segmap workspace (no segmap.duckdb); run \`segmap init ${dir}\``,
  internal: (what: string) => `internal error while ${what}; please report it with the command you ran`,
} as const;
