/**
 * The demo pipeline, in order. Each stage is one file in this folder; add a stage by writing its file and
 * one line here.
 *   1. generate the synthetic market (sources as CSV, planted truth)   4. segment the survey
 *   2. import the sources through the real importers                   5. profile, report, typing, projection
 *   3. prioritize accounts                                             6. rules, tags, call list
 */
import type { DemoStage } from './context.js';
import { createDemoUsersStage } from './create-demo-users.js';
import { generateMarketStage } from './generate-market.js';
import { importSourcesStage } from './import-sources.js';
import { prioritizeAccountsStage } from './prioritize-accounts.js';
import { profileSegmentsStage } from './profile-segments.js';
import { segmentSurveyStage } from './segment-survey.js';
import { typingAndProjectionStage } from './typing-and-projection.js';
import { rulesAndCallListStage } from './rules-and-calllist.js';

export const demoStages: readonly DemoStage[] = [
  generateMarketStage,
  importSourcesStage,
  prioritizeAccountsStage,
  segmentSurveyStage,
  profileSegmentsStage,
  typingAndProjectionStage,
  createDemoUsersStage,
  rulesAndCallListStage,
];
