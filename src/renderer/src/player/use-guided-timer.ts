// Runs a guided-timer script in real time. Ticks only while running; respects nothing but the clock.
import { useEffect, useReducer, useRef } from 'react'
import type { Segment } from '@shared/player/exercise-script'
import { initialTimer, timerReducer, type TimerAction, type TimerState } from '@shared/player/guided-timer'

/** How often the countdown refreshes. Time is measured, not counted, so a slow tick loses nothing. */
const TICK_MS = 250

export function useGuidedTimer(script: readonly Segment[]): [TimerState, (action: TimerAction) => void] {
  const [state, dispatch] = useReducer(
    (s: TimerState, a: TimerAction) => timerReducer(script, s, a),
    undefined,
    () => initialTimer(false)
  )
  const last = useRef<number | null>(null)
  useEffect(() => {
    if (!state.running) {
      last.current = null
      return
    }
    last.current = performance.now()
    const id = setInterval(() => {
      const now = performance.now()
      dispatch({ type: 'tick', ms: now - (last.current ?? now) })
      last.current = now
    }, TICK_MS)
    return () => clearInterval(id)
  }, [state.running])
  return [state, dispatch]
}
