/**
 * The typing tool for reps, on a phone: one question at a time (the most informative next one), the segment
 * and its confidence after every answer, and the segment card with talking points once confident.
 */
import type { TypingFormView, TypingQuestionView, TypingResultView } from '../../spec/views.js';
import { api } from '../api.js';
import { formatPercent, h, notice } from '../dom.js';

export async function typingPage(root: HTMLElement): Promise<void> {
  const form = await api<TypingFormView | null>('/api/typing');
  root.append(h('h1', {}, 'Typing tool'));
  if (!form) {
    root.append(notice('no typing tool yet: run `segmap typing build` or `segmap demo`'));
    return;
  }
  const answers: Record<string, number> = {};
  const panel = h('div', { class: 'typing' });
  root.append(panel);
  const step = async (): Promise<void> => {
    const result = await api<TypingResultView>('/api/typing/answer', { method: 'POST', body: { answers } });
    const [head, ...details] = resultView(result);
    const question = result.next && !result.done ? [questionView(result.next, answers, step)] : [];
    // on a phone the next question comes right under the current answer, the evidence below it
    panel.replaceChildren(...(head ? [head] : []), ...question, ...details, restart(answers, step));
  };
  await step();
}

function resultView(result: TypingResultView): HTMLElement[] {
  const top = result.probabilities.slice(0, 4);
  const head = result.segment
    ? h('div', { class: 'card', id: 'typing-result' }, h('div', { class: 'muted' }, result.done ? 'segment' : 'leaning towards'), h('div', { class: 'kpi' }, result.segmentName ?? result.segment), h('div', {}, `${formatPercent(result.probability)} confident after ${result.answered} answers`))
    : h('div', { class: 'card', id: 'typing-result' }, h('div', { class: 'muted' }, 'answer the first question'));
  const bars = h(
    'div',
    { class: 'card' },
    ...top.map((p) => h('div', {}, h('div', {}, `${p.name} · ${formatPercent(p.probability)}`), h('div', { class: 'bar' }, barFill(p.probability)))),
  );
  const card = result.done && result.card ? h('div', { class: 'card' }, h('h3', {}, 'What to say'), h('p', {}, result.card.headline), ...result.card.sections.map((s) => h('div', {}, h('strong', {}, s.title), h('ul', {}, ...s.items.map((i) => h('li', {}, i)))))) : null;
  return [head, bars, ...(card ? [card] : [])];
}

function barFill(p: number): HTMLElement {
  const fill = h('span');
  fill.style.width = formatPercent(p);
  return fill;
}

function questionView(question: TypingQuestionView, answers: Record<string, number>, step: () => Promise<void>): HTMLElement {
  if (question.options.length === 0 && question.range) return numericQuestion(question, question.range, answers, step);
  const options = h('div', { class: 'options' });
  for (const option of question.options) {
    const button = h('button', { 'data-value': option.value }, option.label);
    button.addEventListener('click', () => {
      answers[question.id] = option.value;
      void step();
    });
    options.append(button);
  }
  return h('div', { class: 'card', id: 'typing-question' }, h('h3', {}, question.text), options);
}

function numericQuestion(
  question: TypingQuestionView,
  range: { min: number; max: number },
  answers: Record<string, number>,
  step: () => Promise<void>,
): HTMLElement {
  const input = h('input', { type: 'number', min: range.min, max: range.max, step: 'any', inputmode: 'decimal', 'aria-label': question.text });
  const go = h('button', { class: 'primary' }, 'next');
  go.addEventListener('click', () => {
    const value = Number(input.value);
    if (input.value.trim() === '' || !Number.isFinite(value)) return;
    answers[question.id] = value;
    void step();
  });
  return h('div', { class: 'card', id: 'typing-question' }, h('h3', {}, question.text), h('p', { class: 'muted' }, `a number from ${range.min} to ${range.max}`), h('div', { class: 'options' }, input, go));
}

function restart(answers: Record<string, number>, step: () => Promise<void>): HTMLElement {
  const button = h('button', {}, 'start again');
  button.addEventListener('click', () => {
    for (const key of Object.keys(answers)) delete answers[key];
    void step();
  });
  return h('p', {}, button);
}
