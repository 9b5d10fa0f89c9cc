/**
 * Answer labels of survey questions as the workspace stores them (`survey_questions.options`, a JSON
 * object from option value to label, e.g. {"1": "not at all important", …, "7": "extremely important"}),
 * for `buildTypingModel`'s `optionLabels`, so the typing page, `segmap typing ask` and typing.xlsx show
 * words instead of bare numbers. Text that is not such an object gives no labels (the value is shown),
 * with a warning naming the question.
 *
 * @example
 * optionLabels([{ question_id: 'q1', options: '{"1":"disagree","2":"agree"}' }]);   // { q1: { '1': 'disagree', '2': 'agree' } }
 */
import { z } from 'zod';
import { silentLogger, type Logger } from '../../lib/logger.js';
import { typingMessages } from '../../lib/messages/typing.js';

/** Option value → label, as stored in the workspace. */
export const QuestionOptions = z.record(z.string().max(200), z.string().max(500));
export type QuestionOptions = z.infer<typeof QuestionOptions>;

export interface StoredQuestion {
  readonly question_id: string;
  readonly options: string | null;
}

export function optionLabels(questions: readonly StoredQuestion[], logger: Logger = silentLogger): Record<string, QuestionOptions> {
  const labels: Record<string, QuestionOptions> = {};
  for (const q of questions) {
    if (q.options === null || q.options.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(q.options);
    } catch {
      raw = undefined;
    }
    const parsed = QuestionOptions.safeParse(raw);
    if (parsed.success) labels[q.question_id] = parsed.data;
    else logger.warn('typing_option_labels', typingMessages.optionLabelsUnreadable(q.question_id));
  }
  return labels;
}
