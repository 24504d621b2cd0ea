// The routine streak (one missed day between routine days is forgiven) and what the exercises felt like.
import { findExercise } from '@shared/content/catalogue'
import type { ProgressFigures } from '@shared/progress-stats'
import { percent } from './chart-scale'

const name = (id: string): string => findExercise(id)?.name ?? id
const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`

export function RoutineSummary({ figures }: { figures: ProgressFigures }) {
  const { streak, adherence, exercises } = figures
  return (
    <section className="card" aria-labelledby="routine-summary-title">
      <h2 id="routine-summary-title">Routines</h2>
      <p className="streak">
        Current streak: <strong>{days(streak.current)}</strong>. Best: {days(streak.best)}.
      </p>
      <p className="hint">One missed day between routine days does not break a streak; two in a row do.</p>
      <p>
        Routines finished on {adherence.routineDays} of {days(adherence.daysInRange)} in this period (
        {percent(adherence.routineDayShare)}).
      </p>
      {exercises.helped.length > 0 && <p>Felt fine most often: {exercises.helped.slice(0, 5).map(name).join(', ')}.</p>}
      {exercises.hurt.length > 0 && (
        <p>Felt sharp at least once: {exercises.hurt.slice(0, 5).map(name).join(', ')}. Go gently with these.</p>
      )}
    </section>
  )
}
