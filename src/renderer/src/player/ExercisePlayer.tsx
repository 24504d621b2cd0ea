// One exercise in the guided player: drawing and cues, then the timer with back / pause / next, by
// mouse or keyboard (Space, arrows). Calls onDone when the last step ends.
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Exercise } from '@shared/content/exercise-schema'
import type { SessionItem } from '@shared/home/home-state'
import { exerciseScript } from '@shared/player/exercise-script'
import { breathingCue, holdJustEnded, mistakeTipFor } from '@shared/player/player-cues'
import type { TimerState } from '@shared/player/guided-timer'
import { ExerciseDrawing } from '../components/ExerciseDrawing'
import { doseText } from '../home/dose-text'
import { TimerDisplay } from './TimerDisplay'
import { playTone } from './tone-cue'
import { useGuidedTimer } from './use-guided-timer'
import { usePlayerKeys } from './use-player-keys'

interface Props {
  exercise: Exercise
  item: SessionItem
  position: number
  total: number
  soundCues: boolean
  onDone: () => void
}

export function ExercisePlayer({ exercise, item, position, total, soundCues, onDone }: Props) {
  const script = useMemo(() => exerciseScript(item.dose), [item.dose])
  const [timer, dispatch] = useGuidedTimer(script)
  const [started, setStarted] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const previous = useRef<TimerState>(timer)
  const reported = useRef(false)

  useEffect(() => headingRef.current?.focus(), [])
  useEffect(() => {
    if (soundCues && holdJustEnded(script, previous.current, timer)) playTone()
    previous.current = timer
    if (timer.done && !reported.current) {
      reported.current = true
      onDone()
    }
  }, [timer, script, soundCues, onDone])

  const start = () => {
    setStarted(true)
    dispatch({ type: 'resume' })
  }
  usePlayerKeys(
    started
      ? {
          ' ': () => dispatch({ type: 'toggle' }),
          ArrowRight: () => dispatch({ type: 'next' }),
          ArrowLeft: () => dispatch({ type: 'back' })
        }
      : { ' ': start },
    !timer.done
  )

  const tip = mistakeTipFor(exercise)
  const segment = script[timer.index]
  return (
    <section className="card player-exercise" aria-labelledby="player-exercise-title">
      <p className="hint">
        Exercise {position} of {total}
      </p>
      <h2 id="player-exercise-title" ref={headingRef} tabIndex={-1}>
        {exercise.name}
      </h2>
      {item.gentler && (
        <p className="notice-warning inline-notice">
          Dialled back after a sharp rating: {exercise.gentlerVariant.text}
        </p>
      )}
      <div className="exercise-layout">
        <ExerciseDrawing exerciseId={exercise.id} className="player-drawing" />
        <div>
          <ol className="steps">
            {exercise.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          <p className="hint">{exercise.feel}</p>
        </div>
      </div>
      {!started ? (
        <>
          <p>{doseText(item.dose)}</p>
          <div className="button-row">
            <button type="button" className="primary" onClick={start}>
              Start
            </button>
            <span className="hint">or press Space</span>
          </div>
        </>
      ) : (
        <>
          <TimerDisplay script={script} state={timer} sets={item.dose.sets} />
          <p className="breathing-cue">
            <span className="breath-dot" aria-hidden="true" /> {breathingCue(exercise, segment)}
          </p>
          <div className="button-row" role="group" aria-label="Player controls">
            <button type="button" onClick={() => dispatch({ type: 'back' })} aria-keyshortcuts="ArrowLeft">
              Back
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => dispatch({ type: 'toggle' })}
              aria-keyshortcuts="Space"
            >
              {timer.running ? 'Pause' : 'Resume'}
            </button>
            <button type="button" onClick={() => dispatch({ type: 'next' })} aria-keyshortcuts="ArrowRight">
              Next
            </button>
          </div>
          <p className="hint keys-hint">Keys: Space pauses or resumes, left and right arrows go back or on.</p>
        </>
      )}
      <aside className="tip" aria-label="Tip">
        <strong>{tip.title}.</strong> {tip.text}
      </aside>
    </section>
  )
}
