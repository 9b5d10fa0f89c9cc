/**
 * Validates a respondent's answers against a typing tool: every key must be one of its questions, and
 * every value one of the question's options (by value, or by label, case-insensitively) or a number in
 * its range. Empty values mean "not answered". Returns the answers as a Float64Array in question order
 * (NaN = unanswered), or an error value listing what is allowed — the HTTP layer turns it into a 400.
 *
 * @example
 * parseAnswers(tool, { q3: '4', q1: 'Agree' });   // ok(Float64Array [4, NaN, …]) or err({ kind: 'invalid-answer', allowed: [1,2,3,4,5], … })
 */
import { err, ok, type Result } from '../../lib/result.js';
import { typingMessages } from '../../lib/messages/typing.js';
import type { TypingQuestion } from '../../spec/typing-model.js';
import type { PreparedTyping } from './prepared-typing.js';

export type TypingAnswers = Readonly<Record<string, unknown>>;

export type TypingAnswerError =
  | { readonly kind: 'unknown-question'; readonly question: string; readonly allowed: readonly string[]; readonly message: string }
  | {
      readonly kind: 'invalid-answer';
      readonly question: string;
      readonly value: string;
      /** Allowed option values (empty for a numeric question, see range). */
      readonly allowed: readonly number[];
      readonly labels: readonly string[];
      readonly range?: { readonly min: number; readonly max: number };
      readonly message: string;
    };

export function parseAnswers(tool: PreparedTyping, answers: TypingAnswers): Result<Float64Array, TypingAnswerError> {
  const values = new Float64Array(tool.questions.length).fill(Number.NaN);
  for (const [key, raw] of Object.entries(answers)) {
    const index = tool.index.get(key);
    if (index === undefined) {
      const allowed = tool.questions.map((q) => q.id);
      return err({ kind: 'unknown-question', question: key, allowed, message: typingMessages.unknownQuestion(key, allowed) });
    }
    if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) continue;
    const question = tool.questions[index]!;
    const value = answerValue(question, raw);
    if (value === undefined) return err(invalid(question, raw));
    values[index] = value;
  }
  return ok(values);
}

function answerValue(question: TypingQuestion, raw: unknown): number | undefined {
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : undefined;
  if (text === undefined) return undefined;
  const number = Number(text);
  if (question.options.length === 0) {
    const range = question.range;
    return Number.isFinite(number) && range && number >= range.min && number <= range.max ? number : undefined;
  }
  const byValue = question.options.find((o) => o.value === number);
  if (byValue && text !== '') return byValue.value;
  const lower = text.toLowerCase();
  return question.options.find((o) => o.label.toLowerCase() === lower)?.value;
}

function invalid(question: TypingQuestion, raw: unknown): TypingAnswerError {
  const value = typeof raw === 'string' ? raw : JSON.stringify(raw) ?? String(raw);
  const allowed = question.options.map((o) => o.value);
  const message =
    question.options.length === 0 && question.range
      ? typingMessages.outOfRange(question.id, value, question.range.min, question.range.max)
      : typingMessages.invalidAnswer(question.id, value, allowed);
  return {
    kind: 'invalid-answer',
    question: question.id,
    value,
    allowed,
    labels: question.options.map((o) => o.label),
    ...(question.range ? { range: question.range } : {}),
    message,
  };
}
