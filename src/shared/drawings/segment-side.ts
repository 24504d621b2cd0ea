// Which side a drawing should show while a guided timer runs: the side being worked, or the one coming next.
import type { Segment } from '../player/exercise-script'
import type { DrawingSide } from './scene'

/**
 * The side to draw at step `index` of a script: a hold or rep count on one side shows that side; a pause
 * to switch shows the side coming next; before any one-sided step (or for a two-sided-at-once exercise)
 * the first side the script works, else the right, as drawn by default.
 */
export function drawingSideAt(script: readonly Segment[], index: number): DrawingSide {
  const sideOf = (s: Segment | undefined): DrawingSide | null =>
    !s ? null : s.kind === 'hold' || s.kind === 'reps' ? s.side : s.kind === 'relax' ? s.next : null
  const here = sideOf(script[Math.max(0, Math.min(index, script.length - 1))])
  if (here) return here
  for (let i = index + 1; i < script.length; i++) {
    const later = sideOf(script[i])
    if (later) return later
  }
  for (let i = Math.min(index, script.length) - 1; i >= 0; i--) {
    const earlier = sideOf(script[i])
    if (earlier) return earlier
  }
  return 'right'
}
