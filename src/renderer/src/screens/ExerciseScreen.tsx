// One exercise: the drawing, how to do it, what to feel, precautions, the gentler version, and today's dose.
import { findExercise } from '@shared/content/catalogue'
import { effectiveDose } from '@shared/content/dose'
import { WALK_ID, exerciseAvailability } from '@shared/content/gating'
import { ExerciseDrawing } from '../components/ExerciseDrawing'
import { FirstRunQuestions } from '../components/FirstRunQuestions'
import { SafetyLink } from '../components/SafetyLink'
import { SafetyStopCard } from '../components/SafetyStopCard'
import { useHomeState } from '../hooks/use-home-state'
import { KIND_LABELS, PLACE_LABELS } from '../home/catalogue-filter'
import { doseText } from '../home/dose-text'
import { href } from '../router'

export function ExerciseScreen({ exerciseId }: { exerciseId: string | null }) {
  const [state, setState] = useHomeState()
  const exercise = exerciseId ? findExercise(exerciseId) : undefined
  if (!exercise) {
    return (
      <section className="screen" aria-labelledby="exercise-title">
        <h1 id="exercise-title" tabIndex={-1}>
          Exercise not found
        </h1>
        <p>
          Limber has no exercise by that name. <a href="#/routines">See all routines and exercises</a>.
        </p>
      </section>
    )
  }
  const heading = (
    <h1 id="exercise-title" tabIndex={-1}>
      {exercise.name}
    </h1>
  )
  if (!state)
    return (
      <section className="screen" aria-labelledby="exercise-title">
        {heading}
        <p>Loading…</p>
      </section>
    )
  if (!state.firstRunDone) {
    return (
      <section className="screen" aria-labelledby="exercise-title">
        {heading}
        <FirstRunQuestions onAnswered={setState} />
      </section>
    )
  }
  // An emergency stops even the walk (issue 13); other stops leave walking open.
  if (state.gating.safetyStop && (exercise.id !== WALK_ID || state.gating.emergency === true)) {
    return (
      <section className="screen" aria-labelledby="exercise-title">
        {heading}
        <SafetyStopCard verdict={state.safety.verdict} />
      </section>
    )
  }
  const availability = exerciseAvailability(exercise, state.gating)
  const today = effectiveDose(exercise, state.gating.phase, {
    flare: state.flare,
    dialBack: state.dialBackIds.includes(exercise.id)
  })
  return (
    <section className="screen exercise-detail" aria-labelledby="exercise-title">
      {heading}
      <p className="hint">
        {PLACE_LABELS[exercise.place]}, {KIND_LABELS[exercise.kind].toLowerCase()}
        {exercise.officeSafe ? ', office-safe' : ''}
        {exercise.bestTime ? `. Best ${exercise.bestTime}` : ''}
      </p>
      {!availability.allowed && <p className="notice-warning inline-notice">{availability.message}</p>}
      {state.stoppedForToday && <p className="notice-warning inline-notice">{state.stoppedForToday}</p>}
      <SafetyLink />
      {availability.allowed && !state.gating.safetyStop && (
        <p className="play-one">
          <a className="button primary" href={href('play', exercise.id)}>
            Play this exercise
          </a>
        </p>
      )}
      <div className="exercise-layout">
        <ExerciseDrawing exerciseId={exercise.id} className="detail-drawing" />
        <div>
          <h2>How to do it</h2>
          <ol className="steps">
            {exercise.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          <h2>Your dose today</h2>
          <p>{doseText(today.dose)}</p>
          {today.gentler && (
            <p className="notice-warning inline-notice">
              Dialled back after a sharp rating: {exercise.gentlerVariant.text}
            </p>
          )}
        </div>
      </div>
      <h2>What you should feel</h2>
      <p>{exercise.feel}</p>
      {exercise.breathing && (
        <>
          <h2>Breathing</h2>
          <p>{exercise.breathing}</p>
        </>
      )}
      <h2>Take care</h2>
      <ul>
        {exercise.precautions.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <h2>A gentler version</h2>
      <p>
        {exercise.gentlerVariant.text} ({doseText(exercise.gentlerVariant.dose)})
      </p>
    </section>
  )
}
