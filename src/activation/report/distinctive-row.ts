/**
 * The row of a variable that best shows what it says about the segments: the one holding the strongest
 * segment-vs-rest test statistic (|t| or |z|), so a rare level with a wild index but few answers does not
 * win over a common level with a clear difference. Falls back to the largest index spread when no cell
 * was tested. Used by the report heatmap and the workbook's index chart.
 *
 * @example
 * distinctiveRow(smoke)?.label; // "1" (never smoked), not "9" (a 3% level with index 300)
 */
import type { ProfileRow, ProfileVariable } from '../../spec/profile.js';

const strongest = (r: ProfileRow): number => Math.max(0, ...r.cells.map((c) => (c.statistic === null ? 0 : Math.abs(c.statistic))));
const spread = (r: ProfileRow): number => Math.max(0, ...r.cells.map((c) => (c.index === null ? 0 : Math.abs(c.index - 100))));

export function distinctiveRow(v: ProfileVariable): ProfileRow | undefined {
  return [...v.rows].sort((a, b) => strongest(b) - strongest(a) || spread(b) - spread(a))[0];
}
