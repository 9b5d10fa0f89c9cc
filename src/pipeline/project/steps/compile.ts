/**
 * Compile step: the fitted scoring models leave Segmap in the forms the brief promises — the typing tool
 * as an Excel workbook whose formulas compute the segment (compile/excel), and the typing form and the
 * projection model as one SELECT per SQL dialect (compile/model/scoring-query.ts), so a warehouse
 * tags its own tables with the same answers. Files: out/<name>/typing.xlsx, typing.<dialect>.sql,
 * projection.<dialect>.sql. The run record keeps a fingerprint of each SQL text (./compile.ts
 * `sqlFingerprint`).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { atomicWrite } from '../../../activation/atomic-write.js';
import { writeWorkbookPlan } from '../../../activation/typing-workbook/write-workbook-plan.js';
import { typingWorkbookPlan } from '../../../compile/excel/typing-workbook-plan.js';
import { parseDialect } from '../../../compile/dialect/index.js';
import type { ScoringModel } from '../../../spec/scoring-model.js';
import { compileModelSql } from '../../score/model-sql.js';
import type { ProjectStep } from '../context.js';

/**
 * SHA-256 of the SQL with every decimal number rounded to 10 significant digits: the same model gives the
 * same fingerprint even when a coefficient differs in its last bits (a float sum taken in another order).
 */
export function sqlFingerprint(sql: string): string {
  const rounded = sql.replace(/-?\d+\.\d+(e[-+]?\d+)?/gi, (n) => String(Number(Number(n).toPrecision(10))));
  return createHash('sha256').update(rounded).digest('hex');
}

async function writeSql(model: ScoringModel, folder: string, name: string, table: string, dialects: readonly string[]): Promise<{ files: string[]; hashes: Record<string, string> }> {
  const files: string[] = [];
  const hashes: Record<string, string> = {};
  for (const d of dialects) {
    const { sql } = compileModelSql(model, { dialect: parseDialect(d), table });
    const file = join(folder, `${name}.${d}.sql`);
    await atomicWrite(file, `${sql};\n`);
    files.push(file);
    hashes[`${name}.${d}`] = sqlFingerprint(sql);
  }
  return { files, hashes };
}

export function compileStep(dialects: readonly string[], typing: boolean, projection: boolean): ProjectStep {
  const what = [typing ? 'typing workbook and SQL' : '', projection ? 'projection SQL' : ''].filter(Boolean).join(', ');
  return {
    phase: 'compile',
    title: 'compile scoring',
    detail: `${what} for ${dialects.join(', ')}`,
    async run(ctx) {
      const files: string[] = [];
      const hashes: Record<string, string> = {};
      const { typing: t, projection: p } = ctx.results;
      if (t) {
        const xlsx = join(t.folder, 'typing.xlsx');
        await writeWorkbookPlan(typingWorkbookPlan(t.model), xlsx);
        files.push(xlsx);
        const sql = await writeSql(t.model.fixedForm, t.folder, 'typing', 'respondents', dialects);
        files.push(...sql.files);
        Object.assign(hashes, sql.hashes);
      }
      if (p) {
        const sql = await writeSql(p.model, p.folder, 'projection', 'stakeholders', dialects);
        files.push(...sql.files);
        Object.assign(hashes, sql.hashes);
      }
      return { lines: [`${files.length} files: ${files.map((f) => f.slice(ctx.outDir.length + 1)).join(', ')}`], outputs: { sql: hashes }, files };
    },
  };
}
