// Make or change a routine of your own: name it, add exercises, reorder them, save. Main validates.
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { CATALOGUE, findExercise } from '@shared/content/catalogue'
import { shortBlockMessage, type GatingContext } from '@shared/content/gating'
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
  return <RoutineEditor key={existing?.id ?? 'new'} existing={existing} gating={state.gating} />
}

/** Where focus goes after Up, Down or Remove, so a keyboard user stays on the list (never the body). */
type FocusTarget = { index: number; action: 'up' | 'down' | 'remove' } | { index: -1; action: 'add' }

/** A locked exercise's plain reason: added anyway, it is left out when played until it unlocks. */
function lockNote(exerciseId: string, gating: GatingContext): string | null {
  const exercise = findExercise(exerciseId)
  return exercise ? shortBlockMessage(exercise, gating) : null
}

function RoutineEditor({ existing, gating }: { existing: Routine | undefined; gating: GatingContext }) {
  const [name, setName] = useState(existing?.name ?? '')
  const [items, setItems] = useState<RoutineItem[]>(existing?.items ?? [])
  const [adding, setAdding] = useState(CATALOGUE[0]?.id ?? '')
  const [errors, setErrors] = useState<string[]>([])
  const focusTarget = useRef<FocusTarget | null>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const addRef = useRef<HTMLSelectElement>(null)

  // Runs after the list re-renders with the moved or removed item.
  useEffect(() => {
    const target = focusTarget.current
    if (target === null) return
    focusTarget.current = null
    if (target.action === 'add') return addRef.current?.focus()
    const row = listRef.current?.querySelectorAll<HTMLLIElement>(':scope > li')[target.index]
    const buttons = row ? [...row.querySelectorAll<HTMLButtonElement>('button')] : []
    // The same button on the moved item; at the top or bottom edge it is disabled, so its neighbour.
    const same = buttons.find((b) => b.dataset['action'] === target.action && !b.disabled)
    ;(same ?? buttons.find((b) => !b.disabled))?.focus()
  }, [items])

  const move = (index: number, direction: 'up' | 'down') => {
    setItems(
      (current) => moveItem({ id: 'draft', name: 'draft', kind: 'custom', items: current }, index, direction).items
    )
    focusTarget.current = { index: direction === 'up' ? index - 1 : index + 1, action: direction }
  }

  const remove = (index: number) => {
    const remaining = items.length - 1
    setItems((c) => c.filter((_, j) => j !== index))
    // The item that took its place, else the one before, else the "Exercise to add" field.
    focusTarget.current =
      remaining === 0 ? { index: -1, action: 'add' } : { index: Math.min(index, remaining - 1), action: 'remove' }
  }

  const addingNote = lockNote(adding, gating)

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
          <ol className="edit-items" ref={listRef}>
            {items.map((item, i) => {
              const label = findExercise(item.exerciseId)?.name ?? item.exerciseId
              const note = lockNote(item.exerciseId, gating)
              return (
                <li key={`${item.exerciseId}-${i}`}>
                  <span>{label}</span>
                  {note && <span className="hint"> {note}</span>}
                  <button
                    type="button"
                    data-action="up"
                    disabled={i === 0}
                    onClick={() => move(i, 'up')}
                    aria-label={`Move ${label} up`}
                  >
                    Up
                  </button>
                  <button
                    type="button"
                    data-action="down"
                    disabled={i === items.length - 1}
                    onClick={() => move(i, 'down')}
                    aria-label={`Move ${label} down`}
                  >
                    Down
                  </button>
                  <button type="button" data-action="remove" onClick={() => remove(i)} aria-label={`Remove ${label}`}>
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
            <select
              ref={addRef}
              value={adding}
              onChange={(e) => setAdding(e.target.value)}
              aria-describedby="adding-note"
            >
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
        <p id="adding-note" className="hint" role="status">
          {addingNote ? `Not for you yet: ${addingNote} You can add it; the routine leaves it out until then.` : ''}
        </p>
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
