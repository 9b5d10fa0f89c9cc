/**
 * Resolves parent links (site → health system → parent system) into a forest: the top-most ancestor of
 * every account, with cycles broken. Account masters do contain cycles (A's parent is B, B's is A, after a
 * merger half-recorded in two systems); an account on a cycle has its parent link ignored, so each cycle
 * becomes one root per member and everything hanging below it still resolves.
 *
 * Complexity: O(n): every account is walked once (iterative, no recursion, so chains of any depth work).
 *
 * @example
 * resolveParents(Int32Array.of(-1, 0, 3, 2, 1)).root;    // Int32Array [0, 0, 2, 3, 0]: 2 and 3 form a cycle
 * resolveParents(Int32Array.of(-1, 0, 3, 2, 1)).onCycle; // Uint8Array [0, 0, 1, 1, 0]
 */
export interface ParentForest {
  /** Top-most ancestor per account (itself when it has no usable parent). */
  readonly root: Int32Array;
  /** 1 for accounts whose parent link closed a cycle (and was ignored). */
  readonly onCycle: Uint8Array;
  readonly cycleAccounts: number;
}

/** `parent[i]` is the index of i's parent, or -1. Indices outside [0, n) count as no parent. */
export function resolveParents(parent: Int32Array): ParentForest {
  const n = parent.length;
  const root = new Int32Array(n).fill(-1);
  const onCycle = new Uint8Array(n);
  const state = new Uint8Array(n); // 0 new, 1 on the current walk, 2 resolved
  const path: number[] = [];
  let cycleAccounts = 0;
  for (let start = 0; start < n; start++) {
    if (state[start] === 2) continue;
    path.length = 0;
    let v = start;
    // walk up until a resolved account, a root, or an account already on this walk (a cycle)
    while (v >= 0 && v < n && state[v] === 0) {
      state[v] = 1;
      path.push(v);
      v = parent[v] as number;
    }
    if (v >= 0 && v < n && state[v] === 1) {
      // v..end of path is a cycle: each member becomes its own root
      for (let k = path.indexOf(v); k < path.length; k++) {
        const c = path[k] as number;
        onCycle[c] = 1;
        root[c] = c;
        state[c] = 2;
        cycleAccounts++;
      }
    }
    for (let k = path.length - 1; k >= 0; k--) {
      const c = path[k] as number;
      if (state[c] === 2) continue;
      const p = parent[c] as number;
      root[c] = p >= 0 && p < n ? (root[p] as number) : c;
      state[c] = 2;
    }
  }
  return { root, onCycle, cycleAccounts };
}
