import { Command } from 'commander';
import { registerExport } from './src/cli/commands/export.js';
import { registerRules } from './src/cli/commands/rules.js';
import { registerGovernance } from './src/cli/commands/governance.js';
import { registerInit } from './src/cli/commands/init.js';
import { registerImport } from './src/cli/commands/import.js';
const program = new Command('segmap').showHelpAfterError(false).configureOutput({ writeErr: (t) => process.stderr.write(t) }).exitOverride((e) => process.exit(e.exitCode === 0 ? 0 : 2));
for (const r of [registerInit, registerImport, registerExport, registerRules, registerGovernance]) r(program);
await program.parseAsync(process.argv);
