/**
 * Every `segmap` command, one file each. Add a command by writing its file and one line here.
 */
import type { Command } from 'commander';
import { registerServe } from './serve.js';
import { registerUser } from './user.js';

type Register = (program: Command) => void;

const commands: readonly Register[] = [
  registerServe,
  registerUser,
];

export function registerCommands(program: Command): void {
  for (const register of commands) register(program);
}
