/**
 * `segmap typing build FILE --segment COL --items a,b,c [--max-questions N] --out DIR` — chooses the few
 * survey questions that reproduce a segmentation (forward selection under cross-validation, LDA and
 * logistic regression) and writes DIR/typing.json and DIR/typing.xlsx.
 * `segmap typing ask DIR/typing.json` — asks in the terminal, most informative question first, and stops
 * when the segment is clear. Contract: ../shared/BRIEF.md.
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { buildTyping, loadTyping, typeRespondent, type TypingResult } from '../../pipeline/typing/index.js';
import type { TypingModel } from '../../spec/typing-model.js';
import { collectingLogger } from '../../lib/logger.js';
import { parseInteger, parseList } from '../parse.js';
import { action } from '../run-command.js';
import { printJson, progressBar, say } from '../output.js';

interface BuildFlags {
  readonly segment: string;
  readonly items: string;
  readonly maxQuestions?: string;
  readonly size?: string;
  readonly folds?: string;
  readonly seed?: string;
  readonly out: string;
  readonly json?: boolean;
}

const percent = (v: number): string => `${(v * 100).toFixed(1)}%`;

function printSummary(model: TypingModel, files: { json: string; xlsx: string }): void {
  say('questions  added            LDA      logistic');
  for (const step of model.selection.steps) {
    const mark = step.questions === model.selection.size ? '  ← chosen' : '';
    say(`${String(step.questions).padStart(9)}  ${step.added.padEnd(15)}  ${percent(step.lda.accuracy).padStart(6)}   ${percent(step.logistic.accuracy).padStart(6)}${mark}`);
  }
  say(`${model.selection.size} questions, ${model.selection.method === 'lda' ? 'LDA' : 'logistic regression'}, cross-validated accuracy ${percent(model.adaptive.fixedFormAccuracy)}`);
  say(`adaptive mode: ${model.adaptive.averageQuestions.toFixed(1)} questions on average for ${percent(model.adaptive.accuracy)} (stops at ${percent(model.adaptive.threshold)})`);
  say(`→ ${files.json}, ${files.xlsx}`);
}

function registerBuild(typing: Command): void {
  typing
    .command('build')
    .description('choose the typing questions that reproduce a segmentation; write DIR/typing.json and DIR/typing.xlsx')
    .argument('<file>', 'CSV or Parquet: one row per respondent with the segment and the survey items')
    .requiredOption('--segment <column>', 'column holding each respondent’s segment')
    .requiredOption('--items <a,b,c>', 'candidate survey items (numeric answers)')
    .option('--max-questions <n>', 'longest form considered (default 12 or the number of items)')
    .option('--size <n>', 'use exactly this many questions (default: the fewest within one point of the best)')
    .option('--folds <n>', 'cross-validation folds', '5')
    .option('--seed <n>', 'seed of the fold assignment', '1')
    .requiredOption('--out <dir>', 'folder for typing.json and typing.xlsx')
    .option('--json', 'print typing.json on stdout')
    .action(
      action('building the typing tool', async (file: string, flags: BuildFlags) => {
        const logger = collectingLogger();
        const bar = progressBar();
        try {
          const { model, files } = await buildTyping(file, {
            segment: flags.segment,
            items: parseList(flags.items) ?? [],
            out: flags.out,
            folds: parseInteger('--folds', flags.folds ?? '5', 2, 20),
            seed: parseInteger('--seed', flags.seed ?? '1'),
            ...(flags.maxQuestions === undefined ? {} : { maxQuestions: parseInteger('--max-questions', flags.maxQuestions, 1) }),
            ...(flags.size === undefined ? {} : { size: parseInteger('--size', flags.size, 1) }),
            logger,
            progress: bar,
          });
          bar.stop();
          for (const w of logger.warnings) say(`warning: ${w.message}`);
          if (flags.json) printJson(model);
          else printSummary(model, files);
        } finally {
          bar.stop();
        }
      }),
    );
}

/**
 * Lines from stdin one at a time. readline's question() drops lines that arrive before it is called,
 * which is every line when answers are piped in; a queue keeps them.
 */
function lineReader(rl: ReturnType<typeof createInterface>): () => Promise<string | undefined> {
  const queue: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  rl.on('line', (line) => (waiting.length ? waiting.shift()!(line) : queue.push(line)));
  rl.on('close', () => {
    ended = true;
    for (const resolve of waiting.splice(0)) resolve(undefined);
  });
  return () => (queue.length ? Promise.resolve(queue.shift()) : ended ? Promise.resolve(undefined) : new Promise((resolve) => waiting.push(resolve)));
}

function showResult(result: TypingResult): void {
  const ranked = [...result.probabilities].sort((a, b) => b.probability - a.probability);
  say(`  → ${result.segment} (${percent(result.probability)})   ${ranked.map((p) => `${p.segment} ${percent(p.probability)}`).join(' · ')}`);
}

function registerAsk(typing: Command): void {
  typing
    .command('ask')
    .description('type one respondent in the terminal: most informative question first, stop when the segment is clear')
    .argument('<model>', 'DIR/typing.json')
    .option('--json', 'print the final result as JSON on stdout')
    .action(
      action('asking the typing questions', async (file: string, flags: { json?: boolean }) => {
        const model = await loadTyping(file);
        const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: Boolean(process.stdin.isTTY) });
        const lines = lineReader(rl);
        const answers: Record<string, string> = {};
        try {
          let current = typeRespondent(model, answers);
          while (current.ok && current.value.next) {
            const question = current.value.next;
            const choices = question.options.length ? question.options.map((o) => (o.label === String(o.value) ? `${o.value}` : `${o.value} = ${o.label}`)).join(', ') : `${question.range?.min}–${question.range?.max}`;
            process.stderr.write(`${question.text} [${choices}] `);
            const read = await lines();
            if (read === undefined) break; // input ended
            const line = read.trim();
            const attempt = typeRespondent(model, { ...answers, [question.id]: line });
            if (!attempt.ok) {
              say(`  ${attempt.error.message}`);
              continue;
            }
            answers[question.id] = line;
            current = attempt;
            showResult(current.value);
          }
          if (!current.ok) throw new Error(current.error.message);
          const result = current.value;
          say(`segment: ${result.segment} (${percent(result.probability)}) after ${result.answered} of ${result.total} questions`);
          if (result.card) {
            say(`  ${result.card.name}: ${result.card.headline}`);
            for (const point of result.card.talkingPoints) say(`  • ${point}`);
          }
          if (flags.json) printJson({ ...result, answers });
        } finally {
          rl.close();
        }
      }),
    );
}

export function registerTyping(program: Command): void {
  const typing = program.command('typing').description('typing tool: build it from a segmentation, or ask its questions');
  registerBuild(typing);
  registerAsk(typing);
}
