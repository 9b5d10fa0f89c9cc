/**
 * Segment sizes of every segmentation the pipeline has written: the survey segments and the universe
 * projection (where "unassigned" counts those below the confidence threshold).
 */
import type { Workspace } from '../../data/workspace.js';
import type { SegmentationSizes, SegmentsView } from '../../spec/views.js';
import { outPath, type OutFile } from './out-files.js';

const segmentations: readonly { name: string; label: string; file: OutFile }[] = [
  { name: 'survey', label: 'Survey respondents', file: 'surveySegments' },
  { name: 'universe', label: 'Universe (projected)', file: 'universeSegments' },
];

export async function segmentSizes(ws: Workspace, outDir: string): Promise<SegmentsView> {
  const found: SegmentationSizes[] = [];
  for (const seg of segmentations) {
    const path = outPath(outDir, seg.file);
    if (!path) continue;
    const rows = await ws.all<{ segment: string; count: number }>(
      'select cast(segment as varchar) as segment, count(*) as count from read_csv($1, all_varchar = true) group by all order by segment',
      [path],
    );
    const total = rows.reduce((sum, r) => sum + r.count, 0);
    found.push({ name: seg.name, label: seg.label, total, sizes: rows.map((r) => ({ ...r, share: total ? r.count / total : 0 })) });
  }
  return { segmentations: found };
}
