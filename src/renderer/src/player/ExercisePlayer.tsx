// One exercise in the full-window player, built to be followed from the floor: a get-into-position
// lead-in, then the timer with a big countdown, the current cue, the exercise's own stop rules, and
// Back / Pause / Next / "Stop: this hurts" by mouse or key. Calls onDone when the last step ends.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Exercise } from '@shared/content/exercise-schema'
import type { SessionItem } from '@shared/home/home-state'
import { cueBetween, goCue, leadInWords } from '@shared/player/cue-plan'
import { exerciseScript, type Segment } from '@shared/player/exercise-script'
import { secondsLeft, type TimerState } from '@shared/player/guided-timer'
import { otherPrecautions, stopRuleFor } from '@shared/content/stop-rule'
import { drawingSideAt } from '@shared/drawings'
import { breathingCue, mistakeTipFor } from '@shared/player/player-cues'
import { ExerciseDrawing } from '../components/ExerciseDrawing'
import { doseText } from '../home/dose-text'
import { announce, warmUpVoices, type CueSettings } from './cue-voice'
import { TimerDisplay } from './TimerDisplay'
import { useGuidedTimer } from './use-guided-timer'
import { usePlayerKeys } from './use-player-keys'
import './player.css'

interface Props {
  exercise: Exercise
  item: SessionItem
  position: number
  total: number
  cues: CueSettings
  /** seconds to get into position before the first step; 0 starts at once */
  leadInSeconds: number
  /** begin the lead-in at once (every exercise after the first); otherwise wait for Start */
  autoStart: boolean
  onDone: () => void
  /** "Stop: this hurts": the screen records sharp feedback and follows the safety path */
  onHurts: () => void
  /** what to read before the first exercise (the routine's note, flare advice, what is left out) */
  notes?: ReactNode
}

type Phase = 'intro' | 'lead-in' | 'playing'

/** Ticks sound over the last seconds of the lead-in, so the "go" never comes as a surprise. */
const TICK_FROM = 3

export function ExercisePlayer(props: Props) {
  const { exercise, item, position, total, cues, leadInSeconds, autoStart, onDone, onHurts, notes } = props
  const script = useMemo(() => exerciseScript(item.dose), [item.dose])
  // One clock for the lead-in and the exercise: the lead-in is step 0, so a long tick (a hidden window,
  // a throttled timer) carries straight on into the first hold, as time really passed.
  const lead = leadInSeconds > 0 ? 1 : 0
  const full = useMemo<Segment[]>(
    () => (leadInSeconds > 0 ? [{ kind: 'relax', seconds: leadInSeconds, next: null }, ...script] : script),
    [leadInSeconds, script]
  )
  const [timer, dispatch] = useGuidedTimer(full)
  const [started, setStarted] = useState(autoStart)
  const phase: Phase = !started ? 'intro' : timer.index < lead && !timer.done ? 'lead-in' : 'playing'
  const [panelOpen, setPanelOpen] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const previous = useRef<TimerState>(timer)
  const lastTick = useRef<number | null>(null)
  const reported = useRef(false)
  const cuesRef = useRef(cues)
  useEffect(() => {
    cuesRef.current = cues
  })

  useEffect(() => {
    headingRef.current?.focus()
    warmUpVoices()
  }, [])

  // Start: the clock runs, and the first thing said is "get into position" (or "go" with no lead-in).
  const startedWith = useRef({ name: exercise.name, leadInSeconds, script })
  useEffect(() => {
    if (!started) return
    const { name, leadInSeconds: seconds, script: steps } = startedWith.current
    if (seconds > 0) announce('ready', leadInWords(name, seconds), cuesRef.current)
    else announce('go', goCue(steps).words, cuesRef.current)
    dispatch({ type: 'resume' })
  }, [started, dispatch])

  // One cue per move of the clock: ticks over the lead-in's last seconds, "go" as it ends, then the
  // exercise's own cues; onDone once at the end.
  useEffect(() => {
    const before = previous.current
    previous.current = timer
    if (timer.index < lead && !timer.done) {
      const left = secondsLeft(full, timer)
      if (timer.running && left <= TICK_FROM && left > 0 && lastTick.current !== left) {
        lastTick.current = left
        announce('tick', null, cuesRef.current)
      }
    } else if (before.index < lead && !before.done) {
      announce('go', goCue(script).words, cuesRef.current)
    } else {
      const cue = cueBetween(full, before, timer)
      if (cue) announce(cue.kind, cue.words, cuesRef.current)
    }
    if (timer.done && !reported.current) {
      reported.current = true
      onDone()
    }
  }, [timer, full, script, lead, onDone])

  const begin = () => setStarted(true)
  // "Start now" starts, even from a paused lead-in.
  const skipLeadIn = () => {
    dispatch({ type: 'next' })
    dispatch({ type: 'resume' })
  }
  const togglePanel = () => setPanelOpen((open) => !open)
  const hurts = () => {
    dispatch({ type: 'pause' })
    onHurts()
  }

  const panelKeys = { i: togglePanel, I: togglePanel }
  const keys: Record<string, () => void> =
    phase === 'intro'
      ? { ' ': begin, ...panelKeys }
      : phase === 'lead-in'
        ? {
            ' ': () => dispatch({ type: 'toggle' }),
            s: skipLeadIn,
            S: skipLeadIn,
            ArrowRight: skipLeadIn,
            ...panelKeys
          }
        : {
            ' ': () => dispatch({ type: 'toggle' }),
            ArrowRight: () => dispatch({ type: 'next' }),
            ArrowLeft: () => dispatch({ type: 'back' }),
            ...panelKeys
          }
  usePlayerKeys(keys, !timer.done)

  const tip = mistakeTipFor(exercise)
  const segment = script[timer.index - lead]
  // The stop rule stays in view during the hold; the other precautions are shown before it.
  const rules = [stopRuleFor(exercise)]
  const otherCare = otherPrecautions(exercise)
  const panelId = `play-panel-${exercise.id}`

  const takeCare = (
    <div className="play-care" role="note" aria-label="Take care">
      {rules.map((r) => (
        <p key={r} className="play-stop-rule">
          {r}
        </p>
      ))}
      {phase !== 'playing' &&
        otherCare.map((p) => (
          <p key={p} className="play-precaution">
            {p}
          </p>
        ))}
    </div>
  )
  const hurtsButton = (
    <button type="button" className="play-hurts" onClick={hurts}>
      Stop: this hurts
    </button>
  )

  return (
    <section className={`player-exercise play play-${phase}`} aria-labelledby="player-exercise-title">
      <header className="play-head">
        <h2 id="player-exercise-title" ref={headingRef} tabIndex={-1}>
          {exercise.name}
        </h2>
        <p className="play-position">
          Exercise {position} of {total}
        </p>
        <button
          type="button"
          className="play-panel-toggle"
          aria-expanded={panelOpen}
          aria-controls={panelId}
          aria-keyshortcuts="I"
          onClick={togglePanel}
        >
          {panelOpen ? 'Show the drawing' : 'Steps and care'}{' '}
          <span className="key-badge" aria-hidden="true">
            I
          </span>
        </button>
      </header>
      {item.gentler && (
        <p className="notice-warning inline-notice play-gentler">
          Dialled back after a sharp rating: {exercise.gentlerVariant.text}
        </p>
      )}
      <div className="play-stage">
        <div className="play-visual">
          {panelOpen ? (
            <aside id={panelId} className="play-panel" aria-label="Steps and care" tabIndex={0}>
              <h3>How to do it</h3>
              <ol className="steps">
                {exercise.steps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
              <h3>What you should feel</h3>
              <p>{exercise.feel}</p>
              <h3>Take care</h3>
              <ul>
                {exercise.precautions.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
              <p className="tip">
                <strong>{tip.title}.</strong> {tip.text}
              </p>
            </aside>
          ) : (
            <ExerciseDrawing
              exerciseId={exercise.id}
              className="play-drawing"
              side={drawingSideAt(script, phase === 'playing' ? timer.index - lead : 0)}
            />
          )}
        </div>
        <div className="play-side">
          {phase === 'intro' && (
            <>
              {notes}
              <p className="play-dose">{doseText(item.dose)}</p>
              <p className="play-first-step">First: {exercise.steps[0]}</p>
              {takeCare}
              <div className="button-row play-controls">
                <button type="button" className="primary" onClick={begin} aria-keyshortcuts="Space">
                  Start{' '}
                  <span className="key-badge" aria-hidden="true">
                    Space
                  </span>
                </button>
              </div>
              {leadInSeconds > 0 && <p className="hint">Then you get {leadInSeconds} seconds to get into position.</p>}
            </>
          )}
          {phase === 'lead-in' && (
            <>
              <div className="timer timer-lead-in">
                <p className="timer-step play-cue">Get into position</p>
                <p className="timer-big" aria-hidden="true">
                  {secondsLeft(full, timer)}
                  <span className="timer-unit"> {secondsLeft(full, timer) === 1 ? 'second' : 'seconds'}</span>
                </p>
                <p className="visually-hidden" aria-live="polite">
                  {`Get into position. ${timer.running ? `Starting in ${leadInSeconds} seconds.` : 'Paused.'}`}
                </p>
              </div>
              <p className="play-first-step">{exercise.steps[0]}</p>
              {takeCare}
              <div className="button-row play-controls" role="group" aria-label="Player controls">
                <button type="button" onClick={() => dispatch({ type: 'toggle' })} aria-keyshortcuts="Space">
                  {timer.running ? 'Pause' : 'Resume'}{' '}
                  <span className="key-badge" aria-hidden="true">
                    Space
                  </span>
                </button>
                <button type="button" className="primary" onClick={skipLeadIn} aria-keyshortcuts="S">
                  Start now{' '}
                  <span className="key-badge" aria-hidden="true">
                    S
                  </span>
                </button>
                {hurtsButton}
              </div>
            </>
          )}
          {phase === 'playing' && (
            <>
              <TimerDisplay script={script} state={{ ...timer, index: timer.index - lead }} sets={item.dose.sets} />
              <p className="breathing-cue">
                <span className="breath-dot" aria-hidden="true" /> {breathingCue(exercise, segment)}
              </p>
              {takeCare}
              <div className="button-row play-controls" role="group" aria-label="Player controls">
                <button type="button" onClick={() => dispatch({ type: 'back' })} aria-keyshortcuts="ArrowLeft">
                  <span aria-hidden="true">← </span>Back
                </button>
                <button
                  type="button"
                  className="primary"
                  onClick={() => dispatch({ type: 'toggle' })}
                  aria-keyshortcuts="Space"
                >
                  {timer.running ? 'Pause' : 'Resume'}{' '}
                  <span className="key-badge" aria-hidden="true">
                    Space
                  </span>
                </button>
                <button type="button" onClick={() => dispatch({ type: 'next' })} aria-keyshortcuts="ArrowRight">
                  Next<span aria-hidden="true"> →</span>
                </button>
                {hurtsButton}
              </div>
            </>
          )}
        </div>
      </div>
    </section>
  )
}
