/**
 * k-means hot loops in WebAssembly SIMD (AssemblyScript, compiled by scripts/build-wasm.mjs).
 *
 * Why hand-written: V8 does not vectorise JavaScript, and these loops (k-means++ candidate passes and
 * Elkan's assignment passes) are where k-means spends ~90 % of its time. Here a squared distance runs on
 * f64x2 lanes without bounds checks. The lane layout reproduces the four-accumulator order of
 * src/core/cluster/squared-distance.ts exactly (lanes (j, j+1) and (j+2, j+3), no fused multiply-add), so a
 * distance computed here is bit-identical to one computed in JavaScript.
 *
 * Calling convention: every array lives in the instance's linear memory, laid out by
 * src/core/cluster/kmeans-memory.ts; arguments are byte addresses. Rows are row-major f64, d per row.
 * Every pass over the rows takes a block [from, to) and, where it sums, the running total so far: callers
 * go through the rows in blocks so V8 can swap in its optimised code between calls (a wasm function
 * starts in V8's baseline compiler and is only replaced between calls), and the sums keep their order.
 * Algorithms and references: src/core/cluster/kmeans-plus-plus.ts and src/core/cluster/elkan.ts, whose
 * doc blocks describe what each pass computes; the loops in ./kmeans/ follow them statement by statement.
 */

export { seedFirst, seedCandidates, seedAccept } from './kmeans/seeding';
export { elkanFull, elkanBounded } from './kmeans/elkan';
export { clusterSums, inertia } from './kmeans/sums';
