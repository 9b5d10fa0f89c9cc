/**
 * Every `segmap` command, one file each. Add a command by writing its file and one line here.
 */
import type { Command } from 'commander';
import { registerNetwork } from './network.js';
import { registerPrioritize } from './prioritize.js';
import { registerServe } from './serve.js';
import { registerUser } from './user.js';
import { registerInit } from './init.js';
import { registerImport } from './import.js';
import { registerValidate } from './validate.js';
import { registerExport } from './export.js';
import { registerGovernance } from './governance.js';
import { registerDemo } from './demo.js';
import { registerProfile } from './profile.js';
import { registerReport } from './report.js';
import { registerPersona } from './persona.js';
import { registerTyping } from './typing.js';
import { registerScore } from './score.js';
import { registerSql } from './sql.js';
import { registerCluster } from './cluster.js';
import { registerRules } from './rules.js';
import { registerRun } from './run.js';
import { registerRuns } from './runs.js';

type Register = (program: Command) => void;

const commands: readonly Register[] = [
  registerDemo,
  registerProfile,
  registerReport,
  registerPersona,
  registerNetwork,
  registerPrioritize,
  registerServe,
  registerUser,
  registerInit,
  registerImport,
  registerValidate,
  registerExport,
  registerGovernance,
  registerTyping,
  registerScore,
  registerSql,
  registerCluster,
  registerRules,
  registerRun,
  registerRuns,
];

export function registerCommands(program: Command): void {
  for (const register of commands) register(program);
}
