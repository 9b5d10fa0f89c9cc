/**
 * Profiles, cards and deliverables as use cases for the CLI, the server and the demo:
 *   profileFile          `segmap profile FILE …` (a file in, profile.json / .xlsx / report.html out)
 *   profileWorkspace     the latest segmentation of a workspace over its survey and secondary data
 *   writeWorkspaceReport `segmap report D`
 */
export { profileFile, type ProfileFileRequest, type ProfileFileResult } from './profile-file.js';
export { runProfile, type ProfileSettings } from './run-profile.js';
export { toProfileDocument, type ProfileSource } from './to-profile-document.js';
export { buildCards } from './build-cards.js';
export { writeProfileDeliverables, profileFileNames, type ProfileFiles } from './write-deliverables.js';
export { adjustmentMethods, type AdjustmentMethod } from '../../core/stats/adjust/p-adjust.js';
export { describeTest } from '../../activation/workbook/describe-test.js';
export { profileWorkspace, type WorkspaceProfileRequest, type WorkspaceProfileResult } from './profile-workspace.js';
export { writeWorkspaceReport, readCardsFile, type WorkspaceReportOptions, type WorkspaceReportResult } from './workspace-report.js';
export { saveProfile, latestProfile, saveCards, listCards, type StoredProfile } from './store-profile.js';
