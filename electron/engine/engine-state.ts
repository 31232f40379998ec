import type { EngineState } from '../../shared/domain/engine';

/** The llama-server process lifecycle (style.md §7): its states are in shared/domain/engine.ts. */

export type EngineEvent =
  /** A launch begins (first start, a restart after a crash, or a start after stop). */
  | 'launch'
  /** /health answered 200. */
  | 'healthy'
  /** The process exited, or failed to become healthy in time, without being asked to stop. */
  | 'failed'
  | 'stop'
  /** The process is gone after a stop. */
  | 'exited';

const TRANSITIONS: Record<EngineState, Partial<Record<EngineEvent, EngineState>>> = {
  idle: { launch: 'starting', stop: 'stopped' },
  starting: { healthy: 'ready', failed: 'crashed', stop: 'stopping' },
  ready: { failed: 'crashed', stop: 'stopping' },
  stopping: { exited: 'stopped', failed: 'stopped' },
  stopped: { launch: 'starting', stop: 'stopped' },
  crashed: { launch: 'starting', stop: 'stopped' },
};

/** The next state, or undefined when the event is not allowed in this state. */
export function nextEngineState(state: EngineState, event: EngineEvent): EngineState | undefined {
  return TRANSITIONS[state][event];
}

/** Like nextEngineState, but a disallowed transition is a programming error. */
export function transitionEngineState(state: EngineState, event: EngineEvent): EngineState {
  const next = nextEngineState(state, event);
  if (!next) throw new Error(`engine: event "${event}" is not allowed while ${state}`);
  return next;
}
