// The break card: one desk-safe stretch with a guided timer, and the four answers to a prompt.
// It appears without taking focus; once the user clicks or tabs into it, everything works by keyboard.
import { useEffect, useMemo, useState } from 'react'
import { findExercise } from '@shared/content/catalogue'
import type { BreakSuggestionView } from '@shared/contract'
import type { UserAction } from '@shared/office-status'
import { minutesLabel } from '@shared/office-text'
import { exerciseScript } from '@shared/player/exercise-script'
import { limber } from '../api'
import { ExerciseDrawing } from '../components/ExerciseDrawing'
import { useLiveValue } from '../hooks/use-channel'
import { TimerDisplay } from '../player/TimerDisplay'
import { useGuidedTimer } from '../player/use-guided-timer'

function act(action: UserAction): void {
  void limber().invoke('office:act', action)
}

function Stretch({ suggestion, onFinished }: { suggestion: BreakSuggestionView; onFinished: () => void }) {
  const exercise = findExercise(suggestion.exerciseId)
  const script = useMemo(() => exerciseScript(suggestion.dose), [suggestion.dose])
  const [timer, dispatch] = useGuidedTimer(script)
  const [started, setStarted] = useState(false)

  useEffect(() => {
    if (!started) return
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLButtonElement || e.target instanceof HTMLInputElement) return
      if (e.key === ' ') dispatch({ type: 'toggle' })
      else if (e.key === 'ArrowRight') dispatch({ type: 'next' })
      else if (e.key === 'ArrowLeft') dispatch({ type: 'back' })
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [started, dispatch])

  if (!exercise) return <p>Stand up, walk a few steps and stretch gently.</p>

  const start = () => {
    setStarted(true)
    dispatch({ type: 'resume' })
    act({ type: 'start-break' })
  }

  return (
    <section aria-labelledby="stretch-name" className="stretch">
      <h2 id="stretch-name">{exercise.name}</h2>
      <ExerciseDrawing exerciseId={exercise.id} className="card-drawing" />
      {suggestion.gentler && <p className="hint">{exercise.gentlerVariant.text}</p>}
      {!started ? (
        <>
          <ol className="steps">
            {exercise.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p className="hint">{exercise.feel}</p>
          <div className="button-row">
            <button type="button" className="primary" onClick={start}>
              Start
            </button>
          </div>
        </>
      ) : (
        <>
          <TimerDisplay script={script} state={timer} sets={suggestion.dose.sets} />
          {exercise.breathing && <p className="hint">{exercise.breathing}</p>}
          <div className="button-row">
            {timer.done ? (
              <button type="button" className="primary" onClick={onFinished}>
                Done
              </button>
            ) : (
              <>
                <button type="button" onClick={() => dispatch({ type: 'back' })}>
                  Back
                </button>
                <button type="button" className="primary" onClick={() => dispatch({ type: 'toggle' })}>
                  {timer.running ? 'Pause' : 'Resume'}
                </button>
                <button type="button" onClick={() => dispatch({ type: 'next' })}>
                  Next
                </button>
              </>
            )}
          </div>
          {timer.done && <p className="well-done">Well done. Your back thanks you.</p>}
        </>
      )}
    </section>
  )
}

export function BreakCard() {
  const status = useLiveValue('office:get-status', 'office:status')
  const suggestion = useLiveValue('office:get-break', 'office:break')
  const [skipping, setSkipping] = useState(false)
  const [reason, setReason] = useState('')

  const settings = useLiveValue('settings:get', 'settings:changed')
  const snoozeMinutes = settings?.office.snoozeMinutes ?? 5
  const sitting = status ? minutesLabel(status.sittingMinutes) : ''
  const prompted = status?.phase === 'due'

  return (
    <main className="break-card" aria-labelledby="card-title">
      <header>
        <h1 id="card-title">{prompted ? 'Time to stand up' : 'A short break'}</h1>
        {prompted && <p className="status-line">You have been sitting for {sitting}.</p>}
        {status?.promptSticky && <p className="hint">This reminder stays until you answer it.</p>}
      </header>
      {suggestion ? (
        <Stretch key={suggestion.exerciseId} suggestion={suggestion} onFinished={() => act({ type: 'finish-break' })} />
      ) : (
        <p>Stand up, walk a few steps and stretch gently.</p>
      )}
      {skipping ? (
        <form
          className="skip-form"
          onSubmit={(e) => {
            e.preventDefault()
            act(reason.trim() ? { type: 'skip', reason: reason.trim().slice(0, 200) } : { type: 'skip' })
          }}
        >
          <label className="field">
            <span>Why skip? (optional)</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} autoFocus />
          </label>
          <div className="button-row">
            <button type="submit" className="primary">Skip this break</button>
            <button type="button" onClick={() => setSkipping(false)}>Cancel</button>
          </div>
        </form>
      ) : (
        <div className="button-row answers">
          <button
            type="button"
            disabled={status ? !status.snoozeAllowed : false}
            onClick={() => act({ type: 'snooze' })}
          >
            Snooze {snoozeMinutes} min
          </button>
          <button type="button" onClick={() => setSkipping(true)}>
            Skip
          </button>
          <button type="button" onClick={() => act({ type: 'meeting' })}>
            In a meeting
          </button>
        </div>
      )}
    </main>
  )
}
