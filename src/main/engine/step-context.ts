// The scratchpad one engine step works on: its private copy of the state, the input time, the events so far.
import type { EngineEvent, EngineState, EpochMs } from './types'

export const SECOND = 1000
export const MINUTE = 60 * SECOND

/**
 * One step's working set. `s` is a deep copy made by the step, so the helpers may change it in place
 * while the caller's state stays untouched (the engine is a reducer from the outside).
 */
export interface StepContext {
  s: EngineState
  at: EpochMs
  events: EngineEvent[]
}

/** Minutes between two times, never negative: a clock set back must not show up as negative minutes. */
export function minutesBetween(from: EpochMs, to: EpochMs): number {
  return Math.max(0, to - from) / MINUTE
}
