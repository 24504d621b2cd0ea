// One routine on the Routines screen: what it holds, how long it takes, and Start (or why not now).
import { findExercise } from '@shared/content/catalogue'
import { estimateRoutineSeconds, roundedMinutes, routinesOffered } from '@shared/content/routine-plan'
import type { Routine } from '@shared/content/routine-schema'
import type { HomeState } from '@shared/home/home-state'
import { ExerciseDrawing } from '../components/ExerciseDrawing'
import { href } from '../router'

interface Props {
  routine: Routine
  state: HomeState
  children?: React.ReactNode
}

export function RoutineCard({ routine, state, children }: Props) {
  const offered = routinesOffered([routine], state.gating).length > 0
  const titleId = `routine-${routine.id}`
  return (
    <li className="card routine-card">
      <h3 id={titleId}>{routine.name}</h3>
      {routine.summary && <p>{routine.summary}</p>}
      <p className="hint">
        About {roundedMinutes(estimateRoutineSeconds(routine, state.gating.phase, state.flare))} minutes
      </p>
      <ol className="routine-items">
        {routine.items.map((item, i) => (
          <li key={`${item.exerciseId}-${i}`}>
            <ExerciseDrawing exerciseId={item.exerciseId} mode="still" className="list-drawing" decorative />
            <a href={href('exercise', item.exerciseId)}>{findExercise(item.exerciseId)?.name ?? item.exerciseId}</a>
          </li>
        ))}
      </ol>
      <div className="button-row">
        {offered ? (
          <a className="button primary" href={href('player', routine.id)} aria-label={`Start ${routine.name}`}>
            Start
          </a>
        ) : (
          <p className="hint">
            {state.flare
              ? 'Not during a flare-up.'
              : `Joins your programme in phase ${routine.availableFromPhase ?? 1}.`}
          </p>
        )}
        {children}
      </div>
    </li>
  )
}
