/**
 * The typing tool behind the API and the web page: D/out/typing.json, loaded once and reloaded when the
 * file changes, answered in microseconds from the prepared model (no database on this path: the endpoint
 * must hold thousands of requests per second).
 */
import { statSync } from 'node:fs';
import { UsageError } from '../../lib/errors.js';
import { serverMessages } from '../../lib/messages/index.js';
import type { TypingModel } from '../../spec/typing-model.js';
import type { SegmentCardView, TypingFormView, TypingQuestionView, TypingResultView } from '../../spec/views.js';
import { loadTyping } from '../typing/load-typing.js';
import { typeRespondent, type TypingResult } from '../typing/type-respondent.js';
import { outPath } from './out-files.js';

export interface TypingService {
  form(): Promise<TypingFormView | null>;
  answer(answers: Readonly<Record<string, unknown>>): Promise<TypingResultView>;
}

export function typingService(outDir: string): TypingService {
  let cached: { path: string; mtimeMs: number; model: TypingModel } | undefined;
  const current = async (): Promise<TypingModel | undefined> => {
    const path = outPath(outDir, 'typing');
    if (!path) return undefined;
    const { mtimeMs } = statSync(path);
    if (!cached || cached.path !== path || cached.mtimeMs !== mtimeMs) cached = { path, mtimeMs, model: await loadTyping(path) };
    return cached.model;
  };
  return {
    async form() {
      const model = await current();
      return model ? formView(model) : null;
    },
    async answer(answers) {
      const model = await current();
      if (!model) throw new UsageError(serverMessages.noTypingTool);
      const result = typeRespondent(model, answers);
      if (!result.ok) throw new UsageError(result.error.message, result.error);
      return resultView(model, result.value);
    },
  };
}

function questionView(q: TypingModel['questions'][number]): TypingQuestionView {
  return { id: q.id, text: q.text, options: q.options, ...(q.range ? { range: q.range } : {}) };
}

function segmentName(model: TypingModel, segment: string): string {
  return model.cards.find((c) => c.segment === segment)?.name ?? segment;
}

function formView(model: TypingModel): TypingFormView {
  return {
    questions: model.questions.map(questionView),
    segments: model.segments.map((id) => ({ id, name: segmentName(model, id) })),
    threshold: model.adaptive.threshold,
  };
}

function resultView(model: TypingModel, r: TypingResult): TypingResultView {
  const card: SegmentCardView | null = r.card
    ? { segment: r.card.segment, name: r.card.name, headline: r.card.headline, sections: [{ title: 'Talking points', items: r.card.talkingPoints }] }
    : null;
  return {
    done: r.confident || r.complete,
    segment: r.answered > 0 ? r.segment : null,
    segmentName: r.answered > 0 ? segmentName(model, r.segment) : null,
    probability: r.probability,
    probabilities: r.probabilities
      .map((p) => ({ ...p, name: segmentName(model, p.segment) }))
      .sort((a, b) => b.probability - a.probability),
    next: r.next ? questionView(r.next) : null,
    answered: r.answered,
    card,
  };
}
