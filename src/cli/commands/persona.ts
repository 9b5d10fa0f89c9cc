/**
 * `segmap persona add D --file personas.yaml [--json]`, `segmap persona list D [--json]`,
 * `segmap persona export D --out DIR [--json]`: personas defined by hand (name, description, drivers,
 * barriers, channels, content, talking points) with optional assignment rules; the same cards, workbook and
 * report as data-driven segments.
 */
import type { Command } from 'commander';
import type { Logger } from '../../lib/logger.js';
import { profileMessages } from '../../lib/messages/index.js';
import { addPersonas, exportPersonas, listPersonasIn } from '../../pipeline/personas/index.js';
import { printJson, say } from '../output.js';
import { action } from '../run-command.js';

const stderrLogger: Logger = { warn: (_code, message) => say(profileMessages.warning(message)) };

export function registerPersona(program: Command): void {
  const persona = program.command('persona').description('personas for teams without data: add, list, export');
  persona
    .command('add')
    .description('add or update personas from a YAML/JSON file, assign stakeholders by their rules, store their cards')
    .argument('<dir>', 'workspace folder')
    .requiredOption('--file <file>', 'personas file (YAML or JSON)')
    .option('--json', 'print the result as JSON on stdout')
    .action(
      action('adding personas', async (dir: string, opts: { file: string; json?: boolean }) => {
        const result = await addPersonas(dir, opts.file, stderrLogger);
        if (opts.json) printJson(result);
        else {
          say(profileMessages.personasAdded(result.added, result.updated, result.segmentation));
          for (const p of result.personas) if (p.assigned !== null) say(profileMessages.personaAssigned(p.name, p.assigned));
        }
      }),
    );
  persona
    .command('list')
    .description('list the personas of a workspace with how many stakeholders each has')
    .argument('<dir>', 'workspace folder')
    .option('--json', 'print the list as JSON on stdout')
    .action(
      action('listing personas', async (dir: string, opts: { json?: boolean }) => {
        const personas = await listPersonasIn(dir);
        if (opts.json) printJson(personas);
        else for (const p of personas) say(profileMessages.personaLine(p.id, p.name, p.assigned));
      }),
    );
  persona
    .command('export')
    .description('write the persona cards as DIR/personas.xlsx and DIR/personas.html')
    .argument('<dir>', 'workspace folder')
    .requiredOption('--out <dir>', 'output folder')
    .option('--json', 'print the written files as JSON on stdout')
    .action(
      action('exporting personas', async (dir: string, opts: { out: string; json?: boolean }) => {
        const files = await exportPersonas(dir, opts.out);
        if (opts.json) printJson(files);
        else {
          say(profileMessages.wrote(files.workbook));
          say(profileMessages.wrote(files.report));
        }
      }),
    );
}
