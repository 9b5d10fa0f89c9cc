/**
 * Messages of `segmap demo`: the market generator, the import of its sources, the run summary.
 * House style: lowercase, no final period, name the thing.
 */
const n = (value: number): string => value.toLocaleString('en-US');

export const demoMessages = {
  unknownSize: (raw: string) => `--size requires one of small, medium, large, got "${raw}"`,
  notADemoFolder: (dir: string) =>
    `${dir} holds files that are not a segmap demo; the demo requires an empty folder or one it made before (choose another --dir)`,
  marketBuilt: (stakeholders: number, treating: number, respondents: number, asOf: string) =>
    `${n(stakeholders)} stakeholders, ${n(treating)} treating accounts, ${n(respondents)} survey completes, as of ${asOf}`,
  filesWritten: (files: number, rows: number, megabytes: number) => `${files} source files, ${n(rows)} rows, ${megabytes.toFixed(1)} MB in data/`,
  plantedRejects: (count: number) => `${count} rows planted to be rejected, to show the reject report`,
  imported: (tables: number, rowsIn: number, rejected: number) => `${tables} tables imported: ${n(rowsIn)} rows in, ${n(rejected)} rejected`,
  missingManifest: (file: string) => `the demo import requires ${file}; run the generate stage first`,
  signIn: (who: string, url: string) => `open as ${who}: ${url}`,
} as const;
