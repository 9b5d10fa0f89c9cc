/**
 * The `segmap typing build` use case: FILE (CSV or Parquet with a segment column and survey items) →
 * DIR/typing.json (the typing model: chosen questions, accuracy by number of questions, fixed form,
 * adaptive calibration) and DIR/typing.xlsx (formulas compute the segment live; no macros).
 *
 * @example
 * const { model, files } = await buildTyping('respondents.csv', { segment: 'segment', items: ['q1', 'q2'], out: 'out' });
 */
import { join } from 'node:path';
import { atomicWrite } from '../../activation/atomic-write.js';
import { writeWorkbookPlan } from '../../activation/typing-workbook/write-workbook-plan.js';
import { typingWorkbookPlan } from '../../compile/excel/typing-workbook-plan.js';
import type { TypingModel } from '../../spec/typing-model.js';
import { readCsvTable } from '../score/read-csv-table.js';
import { buildTypingModel, type BuildTypingOptions } from './build-typing-model.js';

export interface BuildTypingFileOptions extends BuildTypingOptions {
  readonly out: string;
  /** Rows of the workbook's Batch sheet. */
  readonly batchRows?: number;
}

export interface BuiltTypingFiles {
  readonly model: TypingModel;
  readonly files: { readonly json: string; readonly xlsx: string };
}

/** Writes typing.json and typing.xlsx for a model into `dir`. */
export async function writeTypingFiles(model: TypingModel, dir: string, batchRows?: number): Promise<{ json: string; xlsx: string }> {
  const json = join(dir, 'typing.json');
  const xlsx = join(dir, 'typing.xlsx');
  await atomicWrite(json, `${JSON.stringify(model, null, 2)}\n`);
  await writeWorkbookPlan(typingWorkbookPlan(model, batchRows === undefined ? {} : { batchRows }), xlsx);
  return { json, xlsx };
}

export async function buildTyping(file: string, options: BuildTypingFileOptions): Promise<BuiltTypingFiles> {
  const { table } = await readCsvTable(file, [options.segment, ...options.items]);
  const { model } = buildTypingModel(table, options);
  return { model, files: await writeTypingFiles(model, options.out, options.batchRows) };
}
