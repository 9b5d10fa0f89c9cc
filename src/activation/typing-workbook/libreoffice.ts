/**
 * Recalculates a workbook with LibreOffice headless (`soffice --convert-to xlsx`): LibreOffice loads the
 * file, computes every formula (segmap's workbooks carry no cached results and ask for a full
 * calculation on load) and saves the results — the way to check, without Excel, that the formulas give
 * the API's answers. A private profile folder keeps parallel runs apart.
 *
 * @example
 * const recalculated = await recalculateWithLibreOffice('/tmp/typing.xlsx', '/tmp/out');   // '/tmp/out/typing.xlsx'
 */
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function recalculateWithLibreOffice(file: string, outDir: string): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'segmap-lo-'));
  await run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, file], { timeout: 180_000 });
  return join(outDir, basename(file));
}
