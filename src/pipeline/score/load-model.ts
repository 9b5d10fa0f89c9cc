/**
 * Reads a model JSON file — a scoring model, or a typing tool whose fixed form is one — and validates it
 * with the spec schemas, turning the first schema issue into one readable InputError.
 *
 * @example
 * const { scoring } = await loadModel('out/projection-model.json');
 * @throws {NotFoundError} when the file is missing; {InputError} when it is not a valid model
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { InputError, NotFoundError } from '../../lib/errors.js';
import { commonMessages } from '../../lib/messages/common.js';
import { typingMessages } from '../../lib/messages/typing.js';
import { ScoringModel } from '../../spec/scoring-model.js';
import { TypingModel } from '../../spec/typing-model.js';

export interface LoadedModel {
  readonly scoring: ScoringModel;
  /** Present when the file is a typing tool. */
  readonly typing?: TypingModel;
}

export function parseModelDocument(raw: unknown, file = 'model'): LoadedModel {
  const format = typeof raw === 'object' && raw !== null && 'format' in raw ? raw.format : undefined;
  if (format === 'segmap.typing-model') {
    const typing = check(TypingModel.safeParse(raw), file);
    return { scoring: typing.fixedForm, typing };
  }
  if (format === 'segmap.scoring-model') return { scoring: check(ScoringModel.safeParse(raw), file) };
  throw new InputError(typingMessages.modelUnreadable(file), { file });
}

export async function loadModel(file: string): Promise<LoadedModel> {
  if (!existsSync(file)) throw new NotFoundError(commonMessages.fileNotFound(file));
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new InputError(typingMessages.modelUnreadable(file), { file }, error);
  }
  return parseModelDocument(raw, file);
}

function check<T>(result: z.ZodSafeParseResult<T>, file: string): T {
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new InputError(typingMessages.modelInvalid(file, issue?.path.join('.') ?? '', issue?.message ?? 'invalid'), { file }, result.error.issues);
}
