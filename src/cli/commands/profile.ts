/**
 * `segmap profile FILE --segment COL [--columns a,b] [--weights COL] --out DIR`: profile any segmentation
 * in a file (CSV, Parquet, XLSX, SAV) and write DIR/profile.json, DIR/profile.xlsx and DIR/report.html.
 * With --json the summary goes to stdout; progress and warnings always go to stderr.
 */
import type { Command } from 'commander';
import { UsageError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import { commonMessages, profileMessages } from '../../lib/messages/index.js';
import { adjustmentMethods, profileFile, type AdjustmentMethod, type ProfileFileResult } from '../../pipeline/profile/index.js';
import { describeTest } from '../../pipeline/profile/index.js';
import { parseInteger, parseList } from '../parse.js';
import { printJson, progressBar, say } from '../output.js';
import { action } from '../run-command.js';

interface ProfileOptions {
  segment: string;
  columns?: string;
  weights?: string;
  out: string;
  alpha?: string;
  adjust?: string;
  seed?: string;
  json?: boolean;
}

function parseAlpha(raw: string): number {
  const alpha = Number(raw);
  if (!(alpha > 0 && alpha < 1)) throw new UsageError(profileMessages.alphaFlag(raw));
  return alpha;
}

function parseAdjust(raw: string): AdjustmentMethod {
  const method = adjustmentMethods.find((m) => m === raw);
  if (!method) throw new UsageError(commonMessages.unknownOption('--adjust', adjustmentMethods));
  return method;
}

/** The machine-readable summary: the files, the segments, and per variable its test (the contract fields). */
export function profileSummary(result: ProfileFileResult): unknown {
  const d = result.document;
  return {
    files: result.files,
    n: d.n,
    weightMode: d.weightMode,
    adjustment: d.adjustment.method,
    segments: d.segments.map((s) => ({ id: s.id, letter: s.letter, label: s.label, count: s.count, share: s.share, effective: s.effective })),
    variables: d.variables.map((v) => ({ name: v.name, kind: v.kind, test: v.test, statistic: v.statistic, df: v.df, df2: v.df2, pValue: v.pValue, adjustedPValue: v.adjustedPValue, effectSize: v.effectSize, rank: v.rank, flags: v.flags })),
    warnings: d.warnings,
  };
}

function summarize(result: ProfileFileResult): void {
  const d = result.document;
  say(profileMessages.summary(d.segments.length, d.n, d.variables.length, d.variables.filter((v) => v.significant).length));
  for (const s of d.segments) say(profileMessages.segmentLine(s.letter, s.id, s.label, s.count, s.share));
  const top = [...d.variables].filter((v) => v.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).slice(0, 5);
  for (const v of top) say(profileMessages.topLine(v.rank ?? 0, v.label, describeTest(v)));
  for (const file of Object.values(result.files)) say(profileMessages.wrote(file));
}

export function registerProfile(program: Command): void {
  program
    .command('profile')
    .description('profile segments over any variables: tests, indices, significance letters; writes profile.json, profile.xlsx, report.html')
    .argument('<file>', 'a CSV, Parquet, XLSX or SPSS .sav file with one row per respondent or stakeholder')
    .requiredOption('--segment <column>', 'the column holding each row\'s segment')
    .option('--columns <a,b>', 'the variables to profile (default: every other column except identifiers)')
    .option('--weights <column>', 'a column of non-negative row weights (tests then use Kish effective bases)')
    .requiredOption('--out <dir>', 'the folder for profile.json, profile.xlsx and report.html')
    .option('--alpha <p>', 'significance level', '0.05')
    .option('--adjust <method>', `multiple-comparison adjustment: ${adjustmentMethods.join(', ')}`, 'holm')
    .option('--seed <n>', 'seed of the Monte-Carlo exact tests', '1')
    .option('--json', 'print the summary as JSON on stdout')
    .action(
      action('profiling', async (file: string, opts: ProfileOptions) => {
        const progress = progressBar();
        const logger: Logger = { warn: (_code, message) => say(profileMessages.warning(message)) };
        try {
          const columns = parseList(opts.columns);
          const result = await profileFile({
            file,
            segment: opts.segment,
            outDir: opts.out,
            alpha: parseAlpha(opts.alpha ?? '0.05'),
            adjustment: parseAdjust(opts.adjust ?? 'holm'),
            seed: parseInteger('--seed', opts.seed ?? '1', 0),
            logger,
            progress,
            ...(columns ? { columns } : {}),
            ...(opts.weights !== undefined ? { weights: opts.weights } : {}),
          });
          progress.stop();
          if (opts.json) printJson(profileSummary(result));
          else summarize(result);
        } finally {
          progress.stop();
        }
      }),
    );
}
