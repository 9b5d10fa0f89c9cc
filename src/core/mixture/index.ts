/**
 * Gaussian mixture models (scikit-learn's GaussianMixture, full and diagonal covariances): the public
 * surface of core/mixture. `fitGmm` fits, `predictGmm` scores new rows.
 */
export { fitGmm } from './fit-gmm.js';
export type { GmmFit, GmmInit, GmmOptions } from './fit-gmm.js';
export { predictGmm } from './predict-gmm.js';
export type { GmmPrediction } from './predict-gmm.js';
export type { CovarianceType, GmmParameters } from './gmm-parameters.js';
export { gmmParameterCount } from './gmm-parameters.js';
