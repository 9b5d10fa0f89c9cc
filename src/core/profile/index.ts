/** Segment profiles: sizes, tests, indices, significance letters, ranking and suggested labels. */
export { profile } from './profile.js';
export { segmentSizes, segmentLetter } from './segment-sizes.js';
export type * from './profile-types.js';
