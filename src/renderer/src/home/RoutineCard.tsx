// One routine on the Routines screen: what it holds for you today, how long that takes, and Start (or why not).
import { findExercise } from '@shared/content/catalogue'
import { shortBlockMessage } from '@shared/content/gating'
import { resolveRoutine, roundedMinutes, routinesOffered } from '@shared/content/routine-plan'
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
  // Computed for this user's phase and gates: what would actually be played, and how long it takes.
  const plan = resolveRoutine(routine, { ...state.gating, dialBackIds: state.dialBackIds })
  const played = new Set(plan.items.map((i) => i.index))
  const stoppedToday = state.stoppedForToday !== null
  return (
    <li className="card routine-card">
      <h3 id={titleId}>{routine.name}</h3>
      {routine.summary && <p>{routine.summary}</p>}
      {plan.items.length > 0 && (
        <p className="hint">
          About {roundedMinutes(plan.totalSeconds)} minutes for you now
          {plan.skipped.length > 0 ? ', without the exercises marked not yet' : ''}
        </p>
      )}
      <ol className="routine-items">
        {routine.items.map((item, i) => {
          const exercise = findExercise(item.exerciseId)
          const why = played.has(i)
            ? null
            : exercise
              ? shortBlockMessage(exercise, state.gating)
              : 'No longer in Limber, so it is left out.'
          return (
            <li key={`${item.exerciseId}-${i}`}>
              <ExerciseDrawing exerciseId={item.exerciseId} mode="still" className="list-drawing" decorative />
              <a href={href('exercise', item.exerciseId)}>{exercise?.name ?? item.exerciseId}</a>
              {why && <span className="hint"> Not yet: {why}</span>}
            </li>
          )
        })}
      </ol>
      <div className="button-row">
        {offered && plan.items.length > 0 && !stoppedToday ? (
          <a className="button primary" href={href('player', routine.id)} aria-label={`Start ${routine.name}`}>
            Start
          </a>
        ) : (
          <p className="hint">
            {stoppedToday
              ? 'Resting until tomorrow.'
              : state.flare
                ? 'Not during a flare-up.'
                : !offered
                  ? `Joins your programme in phase ${routine.availableFromPhase ?? 1}.`
                  : 'Nothing in it can be played for you today.'}
          </p>
        )}
        {children}
      </div>
    </li>
  )
}
