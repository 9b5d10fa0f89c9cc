/**
 * Reads DIR/typing.json for `segmap typing ask`, the server and the web page.
 *
 * @example
 * const model = await loadTyping('out/typing.json');
 * @throws {NotFoundError} when missing; {InputError} when the file is not a typing model
 */
import { InputError } from '../../lib/errors.js';
import { typingMessages } from '../../lib/messages/typing.js';
import type { TypingModel } from '../../spec/typing-model.js';
import { loadModel } from '../score/load-model.js';

export async function loadTyping(file: string): Promise<TypingModel> {
  const loaded = await loadModel(file);
  if (!loaded.typing) throw new InputError(typingMessages.modelUnreadable(file), { file });
  return loaded.typing;
}
