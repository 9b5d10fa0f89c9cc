/**
 * Numeric conventions the compiled SQL and Excel share with in-process scoring (core/classify/softmax.ts
 * holds the same value; the equivalence tests in test/sql fail if the two ever drift apart).
 */

/** Score differences below this are clamped before exp: PostgreSQL errors on exp underflow. */
export const minExponent = -700;
