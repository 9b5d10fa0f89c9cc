/**
 * Runs the core profile on prepared input and returns the profile.json document: options resolved,
 * warnings collected (and passed on to the caller's logger), a one-value segment column turned into the
 * catalogue's InputError.
 *
 * @example
 * const doc = runProfile(input, { file: 'x.csv', segmentation: null, segmentColumn: 'segment', weightColumn: null });
 * @throws InputError when the segment column has fewer than two segments with rows
 */
import { profile } from '../../core/profile/profile.js';
import type { ProfileInput } from '../../core/profile/profile-types.js';
import { createRng } from '../../core/random/rng.js';
import type { AdjustmentMethod } from '../../core/stats/adjust/p-adjust.js';
import { InputError } from '../../lib/errors.js';
import { collectingLogger, silentLogger, type Logger } from '../../lib/logger.js';
import { profileMessages } from '../../lib/messages/profile.js';
import type { ProfileDocument } from '../../spec/profile.js';
import { toProfileDocument, type ProfileSource } from './to-profile-document.js';

export interface ProfileSettings {
  readonly alpha?: number;
  readonly adjustment?: AdjustmentMethod;
  /** Seed of the Monte-Carlo exact tests (default 1). */
  readonly seed?: number;
  readonly logger?: Logger;
}

export function runProfile(input: ProfileInput, source: ProfileSource, settings: ProfileSettings = {}): ProfileDocument {
  const collected = collectingLogger();
  const result = profile(input, {
    ...(settings.alpha !== undefined ? { alpha: settings.alpha } : {}),
    ...(settings.adjustment !== undefined ? { adjustment: settings.adjustment } : {}),
    rng: createRng(settings.seed ?? 1),
    logger: collected,
  });
  const logger = settings.logger ?? silentLogger;
  for (const w of collected.warnings) logger.warn(w.code, w.message);
  if (!result.ok) {
    const where = source.file === null ? {} : { file: source.file, column: source.segmentColumn };
    const message = result.error.kind === 'single-segment' ? profileMessages.singleSegment(source.segmentColumn, result.error.segment) : profileMessages.noSegments(source.segmentColumn);
    throw new InputError(message, where);
  }
  return toProfileDocument(result.value, source, collected.warnings);
}
