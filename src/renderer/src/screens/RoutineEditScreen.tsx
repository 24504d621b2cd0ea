// Make or change a routine of your own: name it, add exercises, reorder them, save. Main validates.
import { useState, type FormEvent } from 'react'
import { CATALOGUE, findExercise } from '@shared/content/catalogue'
import { moveItem } from '@shared/content/routine-editing'
import { ROUTINE_NAME_MAX } from '@shared/user-text-limits'
import type { Routine, RoutineItem } from '@shared/content/routine-schema'
import { limber } from '../api'
import { SafetyLink } from '../components/SafetyLink'
import { useHomeState } from '../hooks/use-home-state'
import { navigate } from '../router'
import { ErrorList } from '../components/FormMessages'

export function RoutineEditScreen({ routineId }: { routineId: string | null }) {
  const [state] = useHomeState()
  if (!state) {
    return (
      <section className="screen" aria-labelledby="edit-title">
        <h1 id="edit-title" tabIndex={-1}>
          Make a routine
        </h1>
        <p>Loading…</p>
      </section>
    )
  }
  const existing = state.customRoutines.find((r) => r.id === routineId)
  return <RoutineEditor key={existing?.id ?? 'new'} existing={existing} />
}

function RoutineEditor({ existing }: { existing: Routine | undefined }) {
  const [name, setName] = useState(existing?.name ?? '')
  const [items, setItems] = useState<RoutineItem[]>(existing?.items ?? [])
  const [adding, setAdding] = useState(CATALOGUE[0]?.id ?? '')
  const [errors, setErrors] = useState<string[]>([])

  const move = (index: number, direction: 'up' | 'down') =>
    setItems(
      (current) => moveItem({ id: 'draft', name: 'draft', kind: 'custom', items: current }, index, direction).items
    )

  const save = async (e: FormEvent) => {
    e.preventDefault()
    const result = await limber().invoke('home:save-routine', { ...(existing ? { id: existing.id } : {}), name, items })
    if (result.ok) navigate('routines')
    else setErrors(result.errors)
  }

  return (
    <section className="screen" aria-labelledby="edit-title">
      <h1 id="edit-title" tabIndex={-1}>
        {existing ? `Change "${existing.name}"` : 'Make a routine'}
      </h1>
      <SafetyLink />
      <form className="card" onSubmit={save} noValidate>
        <ErrorList title="The routine was not saved:" errors={errors} />
        <label className="field">
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={ROUTINE_NAME_MAX} />
        </label>
        <h2>Exercises, in order</h2>
        {items.length === 0 ? (
          <p className="hint">No exercises yet. Add one below.</p>
        ) : (
          <ol className="edit-items">
            {items.map((item, i) => {
              const label = findExercise(item.exerciseId)?.name ?? item.exerciseId
              return (
                <li key={`${item.exerciseId}-${i}`}>
                  <span>{label}</span>
                  <button
                    type="button"
                    disabled={i === 0}
                    onClick={() => move(i, 'up')}
                    aria-label={`Move ${label} up`}
                  >
                    Up
                  </button>
                  <button
                    type="button"
                    disabled={i === items.length - 1}
                    onClick={() => move(i, 'down')}
                    aria-label={`Move ${label} down`}
                  >
                    Down
                  </button>
                  <button
                    type="button"
                    onClick={() => setItems((c) => c.filter((_, j) => j !== i))}
                    aria-label={`Remove ${label}`}
                  >
                    Remove
                  </button>
                </li>
              )
            })}
          </ol>
        )}
        <div className="range-row">
          <label className="field">
            Exercise to add
            <select value={adding} onChange={(e) => setAdding(e.target.value)}>
              {CATALOGUE.map((ex) => (
                <option key={ex.id} value={ex.id}>
                  {ex.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => setItems((c) => [...c, { exerciseId: adding }])}>
            Add exercise
          </button>
        </div>
        <div className="button-row">
          <button type="submit" className="primary">
            Save routine
          </button>
          <a className="button" href="#/routines">
            Cancel
          </a>
        </div>
      </form>
    </section>
  )
}
