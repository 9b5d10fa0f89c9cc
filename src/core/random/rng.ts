/**
 * The one seeded pseudo-random generator in Segmap. Nothing else may create randomness: every stochastic
 * routine takes an `Rng` (or a seed) as a parameter, so a run is reproducible from its seed.
 *
 * Algorithm: xoshiro128** (Blackman & Vigna, https://prng.di.unimi.it/) seeded through splitmix32,
 * chosen because it needs only 32-bit integer arithmetic, which JavaScript does natively and fast.
 * `fork(i)` derives an independent stream (for restarts or worker threads) without sharing state.
 *
 * @example
 * const rng = createRng(42);
 * rng.next();      // a double in [0, 1), the same on every run for seed 42
 * rng.int(10);     // an integer in [0, 10)
 */
export interface Rng {
  /** A double uniformly distributed in [0, 1) with 53 random bits. */
  next(): number;
  /** An integer uniformly distributed in [0, n). */
  int(n: number): number;
  /** A standard normal deviate (Box–Muller, cached pair). */
  normal(): number;
  /** An independent generator derived from this one's seed and `stream`. */
  fork(stream: number): Rng;
  readonly seed: number;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed: number): Rng {
  const mix = splitmix32(Math.floor(seed) ^ 0x5eed5eed);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  if ((a | b | c | d) === 0) a = 1;

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };

  const next = (): number => ((nextUint32() >>> 5) * 67108864 + (nextUint32() >>> 6)) / 9007199254740992;

  let spare: number | undefined;
  const normal = (): number => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    let u = 0;
    while (u === 0) u = next();
    const v = next();
    const radius = Math.sqrt(-2 * Math.log(u));
    spare = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  };

  return {
    seed,
    next,
    int: (n) => Math.floor(next() * n),
    normal,
    fork: (stream) => createRng(((seed * 0x27d4eb2d) ^ (stream * 0x165667b1 + 0x9e3779b9)) >>> 0),
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** Fisher–Yates shuffle of 0..n-1 into a new Uint32Array. */
export function permutation(n: number, rng: Rng): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = order[i]!;
    order[i] = order[j]!;
    order[j] = tmp;
  }
  return order;
}
