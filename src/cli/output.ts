/**
 * Terminal output: machine-readable JSON on stdout, everything for humans (progress, summaries) on stderr,
 * so `segmap ... --json | jq` always works.
 */
import { SingleBar, Presets } from 'cli-progress';
import type { ProgressSink } from '../lib/progress.js';

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

/**
 * A progress sink that draws one bar per phase on stderr when stderr is a terminal, and one line per
 * finished phase otherwise (CI logs, pipes).
 */
export function progressBar(): ProgressSink & { stop(): void } {
  const interactive = Boolean(process.stderr.isTTY);
  let bar: SingleBar | undefined;
  let phase: string | undefined;
  const stop = (): void => {
    bar?.stop();
    bar = undefined;
  };
  const sink = (event: Parameters<ProgressSink>[0]): void => {
    if (event.phase !== phase) {
      stop();
      phase = event.phase;
      if (interactive && event.total !== undefined) {
        bar = new SingleBar({ format: `${event.phase.padEnd(22)} [{bar}] {percentage}% {value}/{total} {detail}`, stream: process.stderr, hideCursor: true }, Presets.shades_classic);
        bar.start(event.total, event.done, { detail: event.detail ?? '' });
      } else if (!interactive) {
        process.stderr.write(`${event.phase}${event.detail ? `: ${event.detail}` : ''}\n`);
      }
      return;
    }
    bar?.update(event.done, { detail: event.detail ?? '' });
  };
  return Object.assign(sink, { stop });
}
