import { describe, expect, it } from 'vitest';
import { nextEngineState, transitionEngineState, type EngineEvent } from '../../../electron/engine/engine-state';
import type { EngineState } from '../../../shared/domain/engine';

describe('engine state machine', () => {
  it('follows a normal life: idle → starting → ready → stopping → stopped → starting', () => {
    const path: [EngineEvent, EngineState][] = [
      ['launch', 'starting'],
      ['healthy', 'ready'],
      ['stop', 'stopping'],
      ['exited', 'stopped'],
      ['launch', 'starting'],
    ];
    let state: EngineState = 'idle';
    for (const [event, expected] of path) {
      state = transitionEngineState(state, event);
      expect(state).toBe(expected);
    }
  });

  it('crashes from starting or ready, and restarts or stops from crashed', () => {
    expect(nextEngineState('starting', 'failed')).toBe('crashed');
    expect(nextEngineState('ready', 'failed')).toBe('crashed');
    expect(nextEngineState('crashed', 'launch')).toBe('starting');
    expect(nextEngineState('crashed', 'stop')).toBe('stopped');
  });

  it('rejects transitions that make no sense', () => {
    expect(nextEngineState('idle', 'healthy')).toBeUndefined();
    expect(nextEngineState('ready', 'launch')).toBeUndefined();
    expect(nextEngineState('stopped', 'healthy')).toBeUndefined();
    expect(() => transitionEngineState('stopping', 'launch')).toThrow(/"launch" is not allowed while stopping/);
  });
});
