/**
 * What the demo market is, in one JSON document for `D/truth/market.json`: the planted segments with their
 * descriptions, the quadrants and their shares, our products, the procedure codes and which one is
 * under-reported, and the survey items. Tests and people read it; the pipeline does not.
 */
import type { Market } from './build-market.js';
import { diagnosisCode, ourCompany, procedureCodes, products, quadrants, quadrantShares, segmentDescriptions, segments, suppressionThreshold } from './catalog.js';
import { surveyItems } from './survey-questions.js';

export function marketFacts(market: Market, asOf: string): unknown {
  return {
    asOf,
    periods: market.calendar.periods,
    scale: market.scale,
    segments: segments.map((name, k) => ({ name, description: segmentDescriptions[k] })),
    quadrants: quadrants.map((id, k) => ({ id, share: quadrantShares[k] })),
    ourCompany,
    products: products.map((p) => ({ id: p.id, name: p.name, manufacturer: p.manufacturer, ours: p.ours })),
    procedureCodes: procedureCodes.map((c) => ({ code: c.code, label: c.label, reportedRate: c.reportedRate })),
    diagnosisCode,
    suppressionThreshold,
    surveyItems: surveyItems.map((q) => ({ id: q.id, battery: q.battery, scaleMax: q.scaleMax, levels: q.levels })),
    tables: market.sources.map((t) => ({ table: t.name, rows: t.rows })),
    plantedRejects: market.plantedRejects,
  };
}
