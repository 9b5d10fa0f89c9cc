/**
 * The typing tool's use cases, for the CLI, the server and the web page:
 *   buildTyping(file, options)          FILE → DIR/typing.json + DIR/typing.xlsx
 *   buildTypingModel(table, options)    the same from an in-memory table (demo, tests)
 *   loadTyping(file)                    DIR/typing.json → TypingModel (validated)
 *   typeRespondent(model, answers)      → ok({ segment, probability, probabilities, next, card, … })
 *                                        | err({ kind: 'unknown-question' | 'invalid-answer', allowed, message })
 */
export { buildTyping, writeTypingFiles, type BuildTypingFileOptions, type BuiltTypingFiles } from './build-typing.js';
export { buildTypingModel, type BuildTypingOptions, type BuiltTyping } from './build-typing-model.js';
export { loadTyping } from './load-typing.js';
export { typeRespondent, typeValues, type TypingResult } from './type-respondent.js';
export { parseAnswers, type TypingAnswerError, type TypingAnswers } from './parse-answers.js';
export { prepareTyping, type PreparedTyping } from './prepared-typing.js';
