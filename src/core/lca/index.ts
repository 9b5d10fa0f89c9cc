/**
 * Latent class analysis (poLCA's model) and latent class regression: the public surface of
 * core/lca. `fitLca` does everything in one call; `prepareLcaData` + `fitLcaStart` (per start, any
 * thread) + `summarizeLca` is the same fit with starts run in parallel; `predictLca` classifies rows.
 */
export { fitLca } from './fit-lca.js';
export type { LcaOptions } from './fit-lca.js';
export { fitLcaStart } from './fit-lca-start.js';
export type { LcaStartOptions, LcaStartResult } from './fit-lca-start.js';
export { prepareLcaData } from './lca-data.js';
export type { LcaData, LcaInput, LcaMissing } from './lca-data.js';
export type { LcaParameters } from './lca-parameters.js';
export { fromItemProbabilities, toItemProbabilities } from './lca-parameters.js';
export { summarizeLca } from './summarize-lca.js';
export type { LcaFit } from './summarize-lca.js';
export { predictLca } from './predict-lca.js';
export type { LcaModel, LcaPrediction } from './predict-lca.js';
