/**
 * What every segmentation algorithm returns (k-means, k-prototypes, Gaussian mixture, latent class), so
 * selection, stability, profiling and the `segmap cluster` output treat them alike. Segments are numbered
 * 0..k-1 in a canonical order (largest first unless the method documents otherwise), so the same data and
 * seed always give the same labels.
 */
export interface ClusterFit {
  readonly method: 'kmeans' | 'kprototypes' | 'gmm' | 'lca';
  readonly k: number;
  /** Segment of each row (length n); -1 for a row the method could not assign (e.g. all items missing). */
  readonly labels: Int32Array;
  /** Probability of the assigned segment per row (1 for hard methods like k-means). */
  readonly probability: Float64Array;
  /** Rows (or summed weights) per segment, length k. */
  readonly sizes: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  /** Log-likelihood, AIC and BIC where the method defines them (mixtures, latent class). */
  readonly logLikelihood?: number;
  readonly aic?: number;
  readonly bic?: number;
  /** Within-cluster sum of squares (k-means, k-prototypes cost). */
  readonly inertia?: number;
}
