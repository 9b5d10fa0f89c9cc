/** Probability distributions used by the tests in ../tests: p-values computed on the tail side. */
export { logGamma, logFactorial, logBeta } from './log-gamma.js';
export { regularizedGammaP, regularizedGammaQ } from './incomplete-gamma.js';
export { regularizedBeta, regularizedBetaComplement } from './incomplete-beta.js';
export { normalCdf, normalSf, normalTwoSided } from './normal.js';
export { chiSquareCdf, chiSquareSf } from './chi-square.js';
export { fCdf, fSf } from './fisher-f.js';
export { tCdf, tSf, tTwoSided } from './student-t.js';
