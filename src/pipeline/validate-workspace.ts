/**
 * `segmap validate D`: the data steward's check of a whole workspace — rows per table, dangling
 * references, duplicate keys, bad NPIs and stale records (last_verified older than `staleAfterDays`,
 * default 365). `ok` is false when any integrity problem (not staleness) is found.
 *
 * @example const report = await validateWorkspace(ws); report.ok // → true
 */
import { checkIntegrity, type IntegrityReport } from '../data/check-integrity.js';
import { openWorkspace, type Workspace } from '../data/workspace.js';

export interface ValidateOptions {
  /** Records verified longer ago than this are stale (default 365). */
  readonly staleAfterDays?: number;
  /** The reference date, YYYY-MM-DD (default today, UTC). */
  readonly asOf?: string;
}

export interface ValidationReport extends IntegrityReport {
  /** No dangling references, duplicate keys or invalid NPIs. */
  readonly ok: boolean;
  readonly staleRows: number;
}

export const defaultStaleAfterDays = 365;

export async function validateWorkspace(ws: Workspace, options: ValidateOptions = {}): Promise<ValidationReport> {
  const report = await checkIntegrity(ws, {
    staleAfterDays: options.staleAfterDays ?? defaultStaleAfterDays,
    asOf: options.asOf ?? new Date().toISOString().slice(0, 10),
  });
  const ok = report.dangling.length === 0 && report.invalidNpis === 0 && report.tables.every((t) => t.duplicateKeys === 0);
  return { ...report, ok, staleRows: report.tables.reduce((sum, t) => sum + t.stale, 0) };
}

/** The CLI's entry: opens the workspace in `dir`, validates, closes it. */
export async function validateWorkspaceDir(dir: string, options: ValidateOptions = {}): Promise<ValidationReport> {
  const ws = await openWorkspace(dir);
  try {
    return await validateWorkspace(ws, options);
  } finally {
    ws.close();
  }
}
