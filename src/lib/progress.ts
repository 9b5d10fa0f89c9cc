/**
 * Long work reports progress through a callback so the CLI can draw a bar on stderr and the API can expose
 * job status, from the same code path. `total` is undefined when the amount of work is not known up front.
 */
export interface ProgressEvent {
  readonly phase: string;
  readonly done: number;
  readonly total?: number;
  readonly detail?: string;
}

export type ProgressSink = (event: ProgressEvent) => void;

export const noProgress: ProgressSink = () => undefined;
