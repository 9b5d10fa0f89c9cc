#!/usr/bin/env node
/**
 * The `segmap` command. Commands live one per file in ./commands; this entry only assembles them.
 * Contract (../shared/BRIEF.md): errors exit non-zero with one line on stderr, `--json` output on stdout
 * never mixes with progress (stderr), paths are relative to the current directory.
 */
import { Command } from 'commander';
import { registerCommands } from './commands/index.js';
import { readVersion } from './version.js';

const program = new Command('segmap')
  .description('customer segmentation, prioritization and targeting for medtech and pharma commercial teams')
  .version(readVersion())
  .showHelpAfterError(false)
  .configureOutput({ writeErr: (text) => process.stderr.write(text) })
  .exitOverride((error) => {
    // commander's own usage errors: one line on stderr (it has written it), exit 2
    process.exit(error.exitCode === 0 ? 0 : 2);
  });

registerCommands(program);
await program.parseAsync(process.argv);
