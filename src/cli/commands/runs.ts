/**
 * `segmap runs D [--diff A B] [--json]`: the runs recorded in the workspace in D (every kind: demo,
 * prioritize, project) with status, spec hash, data hash and seed; with `--diff A B`, what changed from
 * run A to run B — spec settings, data tables, seed, versions, step outputs, and how many tagged
 * entities moved segment, entered or left. Text on stderr, `--json` on stdout.
 */
import type { Command } from 'commander';
import { UsageError } from '../../lib/errors.js';
import { projectMessages as msg } from '../../lib/messages/index.js';
import { diffWorkspaceRuns, type RunDiff, type ValueChange } from '../../pipeline/run-diff.js';
import { listWorkspaceRuns, type RunRecord } from '../../pipeline/run-record.js';
import { printJson, say } from '../output.js';
import { action } from '../run-command.js';

interface RunsFlags {
  diff?: string[];
  json?: boolean;
}

const short = (hash: string | null): string => (hash ? hash.slice(0, 12) : '-');
/** A value on one line, cut at 100 characters (`--json` has it whole). */
const show = (v: unknown): string => {
  const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? 'null');
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
};
const changeLines = (changes: readonly ValueChange[]): string[] => changes.map((c) => `    ${c.path || '(whole)'}: ${show(c.a)} → ${show(c.b)}`);

function runLines(runs: readonly RunRecord[]): string[] {
  const width = Math.max(4, ...runs.map((r) => r.runId.length)) + 2;
  const row = (cells: readonly string[]): string => `${cells[0]!.padEnd(width)}${cells[1]!.padEnd(12)}${cells[2]!.padEnd(25)}${cells[3]!.padEnd(8)}${cells[4]!.padEnd(14)}${cells[5]!.padEnd(14)}${cells[6]}`;
  return [row(['run', 'kind', 'started (UTC)', 'status', 'spec', 'data', 'seed']), ...runs.map((r) => row([r.runId, r.kind, r.startedAt, r.status, short(r.specHash), short(r.dataHash), String(r.seed ?? '-')]))];
}

function diffLines(d: RunDiff): string[] {
  const same = (flag: boolean): string => (flag ? 'same' : 'changed');
  return [
    `${d.a.runId} → ${d.b.runId}`,
    `  spec ${same(d.spec.same)} (${short(d.spec.a)} → ${short(d.spec.b)})`, ...changeLines(d.spec.changes),
    `  data ${same(d.data.same)} (${short(d.data.a)} → ${short(d.data.b)})`, ...changeLines(d.data.changes),
    `  seed ${d.seed.same ? `same (${d.seed.a ?? '-'})` : `${d.seed.a ?? '-'} → ${d.seed.b ?? '-'}`}`,
    `  versions ${same(d.versions.same)}`, ...changeLines(d.versions.changes),
    `  outputs ${same(d.outputs.same)}`, ...changeLines(d.outputs.steps),
    ...d.outputs.memberships.map((m) => `    tags ${m.kind}/${m.segmentation}: ${m.moved} moved, ${m.entered} entered, ${m.left} left, ${m.unchanged} unchanged`),
  ];
}

export function registerRuns(program: Command): void {
  program
    .command('runs')
    .description('list the runs recorded in a workspace, or show what changed between two')
    .argument('<dir>', 'workspace folder')
    .option('--diff <runs...>', 'two run ids: what changed from the first to the second')
    .option('--json', 'print the runs (or the diff) on stdout')
    .action(
      action('reading the runs', async (dir: string, flags: RunsFlags) => {
        if (flags.diff !== undefined) {
          const [a, b, ...rest] = flags.diff;
          if (a === undefined || b === undefined || rest.length > 0) throw new UsageError(msg.diffFlag);
          const diff = await diffWorkspaceRuns(dir, a, b);
          diffLines(diff).forEach(say);
          if (flags.json) printJson(diff);
          return;
        }
        const runs = await listWorkspaceRuns(dir);
        runLines(runs).forEach(say);
        if (flags.json) printJson(runs);
      }),
    );
}
