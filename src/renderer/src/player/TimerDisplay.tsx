// What the guided timer shows: the step, a big countdown or rep counter, and a progress bar.
import { currentRep, segmentLabel, type Segment } from '@shared/player/exercise-script'
import { secondsLeft, type TimerState } from '@shared/player/guided-timer'

interface Props {
  script: readonly Segment[]
  state: TimerState
  sets: number
}

export function TimerDisplay({ script, state, sets }: Props) {
  const segment = script[state.index]
  if (!segment) return null
  const left = secondsLeft(script, state)
  const big = segment.kind === 'reps' ? `${currentRep(segment, state.elapsedMs)} / ${segment.reps}` : `${left}`
  const unit = segment.kind === 'reps' ? 'repetition' : left === 1 ? 'second' : 'seconds'
  const fraction = Math.min(1, state.elapsedMs / (segment.seconds * 1000))
  return (
    <div className={`timer timer-${segment.kind}`}>
      <p className="timer-step">{segmentLabel(segment, sets)}</p>
      <p className="timer-big" aria-hidden="true">
        {big}
        <span className="timer-unit"> {unit}</span>
      </p>
      {/* Announce the step, not every second: a screen reader reading a countdown is noise. */}
      <p className="visually-hidden" aria-live="polite">
        {state.done ? 'Finished.' : `${segmentLabel(segment, sets)}${state.running ? '' : ', paused'}`}
      </p>
      <div
        className="timer-bar"
        role="progressbar"
        aria-label="Step progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(fraction * 100)}
      >
        <div className="timer-bar-fill" style={{ width: `${fraction * 100}%` }} />
      </div>
      <p className="timer-position">
        Step {state.index + 1} of {script.length}
      </p>
    </div>
  )
}
