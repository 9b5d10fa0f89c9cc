/**
 * The part of the WebAssembly JavaScript API the core uses. TypeScript declares it only in the DOM
 * libraries, which the Node build does not load; Node 20 and every browser provide it as a global.
 */
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>);
    readonly exports: Record<string, unknown>;
  }
  class Memory {
    /** Throws RangeError when the engine cannot reserve `initial` 64 KiB pages. */
    constructor(descriptor: { initial: number; maximum?: number });
    readonly buffer: ArrayBuffer;
  }
}
