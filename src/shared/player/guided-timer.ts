// The guided timer's state: which step of a script is playing, how far into it, and whether paused.
// A pure reducer; the UI feeds it elapsed time, so tests run it on fake clocks.
import type { Segment } from './exercise-script'

export interface TimerState {
  index: number
  elapsedMs: number
  running: boolean
  done: boolean
}

export type TimerAction =
  | { type: 'tick'; ms: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'toggle' }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'restart' }

export const initialTimer = (running = false): TimerState => ({ index: 0, elapsedMs: 0, running, done: false })

export function timerReducer(script: readonly Segment[], state: TimerState, action: TimerAction): TimerState {
  if (script.length === 0) return { ...state, running: false, done: true }
  switch (action.type) {
    case 'tick': {
      if (!state.running || state.done || action.ms <= 0) return state
      let index = state.index
      let elapsed = state.elapsedMs + action.ms
      // A long tick (the window was hidden) may carry past several steps.
      while (index < script.length && elapsed >= script[index]!.seconds * 1000) {
        elapsed -= script[index]!.seconds * 1000
        index += 1
      }
      if (index >= script.length)
        return { index: script.length - 1, elapsedMs: script.at(-1)!.seconds * 1000, running: false, done: true }
      return { ...state, index, elapsedMs: elapsed }
    }
    case 'pause':
      return { ...state, running: false }
    case 'resume':
      return state.done ? state : { ...state, running: true }
    case 'toggle':
      return state.done ? state : { ...state, running: !state.running }
    case 'next':
      if (state.index >= script.length - 1)
        return { ...state, elapsedMs: script.at(-1)!.seconds * 1000, running: false, done: true }
      return { ...state, index: state.index + 1, elapsedMs: 0, done: false }
    case 'back':
      // Like a music player: back restarts the step unless it has only just begun.
      if (state.elapsedMs > 2000 || state.index === 0) return { ...state, elapsedMs: 0, done: false }
      return { ...state, index: state.index - 1, elapsedMs: 0, done: false }
    case 'restart':
      return initialTimer(true)
  }
}

/** Whole seconds left in the current step, as a countdown shows them. */
export function secondsLeft(script: readonly Segment[], state: TimerState): number {
  const segment = script[state.index]
  if (!segment) return 0
  return Math.max(0, Math.ceil(segment.seconds - state.elapsedMs / 1000))
}
