/**
 * Instantiates an embedded WebAssembly kernel (assembly/*.ts, compiled by scripts/build-wasm.mjs into a
 * base64 string) with its own linear memory sized for the caller's arrays. Compiled modules are kept per
 * kernel so V8's optimised code survives across instances (one instance per fit or per worker); the
 * cache holds immutable code only, no state.
 *
 * The memory is created at its final size and handed to the instance (the kernels import it), never grown:
 * growing detaches the old buffer, and a single detached ArrayBuffer in a process makes V8 check every
 * typed-array access from then on (measured: a quarter slower for all typed-array code, not just ours).
 * A layout that does not fit in 32-bit wasm memory (4 GiB) is an expected outcome: `undefined`, and the
 * caller takes its plain JavaScript path.
 *
 * @example
 * const kernel = instantiateKernel(kmeansWasm, ['seedFirst'], (plan) => ({ x: plan.f64(10) }));
 * kernel?.arrays.x.byteOffset // the address the kernel's functions take
 */

const pageBytes = 65536;
const maxPages = 65536;
const alignment = 16;

export type KernelFunction = (...args: number[]) => number;

export interface Kernel<Name extends string, Arrays> {
  readonly call: Readonly<Record<Name, KernelFunction>>;
  readonly arrays: Arrays;
}

/** Collects array sizes; `place` turns them into views once the memory is big enough. */
export interface LayoutPlan {
  f64(length: number): Float64Array;
  i32(length: number): Int32Array;
}

const compiled = new Map<string, WebAssembly.Module>();

export function instantiateKernel<Name extends string, Arrays>(
  base64: string, names: readonly Name[], layout: (plan: LayoutPlan) => Arrays,
): Kernel<Name, Arrays> | undefined {
  const bytes = layoutBytes(layout);
  const pages = Math.ceil(bytes / pageBytes);
  if (pages > maxPages) return undefined;
  let memory: WebAssembly.Memory;
  try {
    memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
  const instance = new WebAssembly.Instance(moduleOf(base64), { env: { memory } });
  return { call: functionsOf(instance, names), arrays: layout(placingPlan(memory.buffer)) };
}

function moduleOf(base64: string): WebAssembly.Module {
  let module = compiled.get(base64);
  if (module === undefined) {
    module = new WebAssembly.Module(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    compiled.set(base64, module);
  }
  return module;
}

function functionsOf<Name extends string>(instance: WebAssembly.Instance, names: readonly Name[]): Record<Name, KernelFunction> {
  const call = {} as Record<Name, KernelFunction>;
  for (const name of names) {
    const fn = instance.exports[name];
    if (typeof fn !== 'function') throw new Error(`wasm kernel lacks export ${name}; rebuild with node scripts/build-wasm.mjs`);
    call[name] = fn as KernelFunction;
  }
  return call;
}

/** Total bytes the layout needs, found by running it against a counting plan. */
function layoutBytes<Arrays>(layout: (plan: LayoutPlan) => Arrays): number {
  let offset = alignment;
  const count = (length: number, size: number): void => {
    offset = align(offset + length * size);
  };
  layout({
    f64: (length) => (count(length, 8), new Float64Array(0)),
    i32: (length) => (count(length, 4), new Int32Array(0)),
  });
  return offset;
}

/** Views at consecutive aligned offsets; offset 0 is left unused so no array sits at address 0. */
function placingPlan(buffer: ArrayBuffer): LayoutPlan {
  let offset = alignment;
  const take = (length: number, size: number): number => {
    const at = offset;
    offset = align(offset + length * size);
    return at;
  };
  return {
    f64: (length) => new Float64Array(buffer, take(length, 8), length),
    i32: (length) => new Int32Array(buffer, take(length, 4), length),
  };
}

const align = (bytes: number): number => Math.ceil(bytes / alignment) * alignment;
