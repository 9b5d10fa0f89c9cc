/**
 * The result of a segmentation an earlier step fitted. The plan orders steps so it is always there;
 * its absence is a bug in the plan, not a user error.
 */
import type { ProjectContext, SegmentationResult } from '../context.js';

export function fitted(ctx: ProjectContext, name: string): SegmentationResult {
  const result = ctx.results.segmentations.get(name);
  if (!result) throw new Error(`segmentation ${name} was not fitted before a step that needs it`);
  return result;
}
