// Routines: the built-in ones, your own, and every exercise, filtered by place, kind and office-safe.
import { useState } from 'react'
import { CATALOGUE } from '@shared/content/catalogue'
import { shortBlockMessage } from '@shared/content/gating'
import type { ExerciseKind, Place } from '@shared/content/exercise-schema'
import { BUILT_IN_ROUTINES } from '@shared/content/routines'
import { limber } from '../api'
import { FirstRunQuestions } from '../components/FirstRunQuestions'
import { SafetyLink } from '../components/SafetyLink'
import { SafetyStopCard } from '../components/SafetyStopCard'
import { useHomeState } from '../hooks/use-home-state'
import {
  KIND_LABELS,
  NO_FILTER,
  PLACE_LABELS,
  exerciseMatches,
  routineMatches,
  type CatalogueFilter
} from '../home/catalogue-filter'
import { RoutineCard } from '../home/RoutineCard'
import { href } from '../router'

function Filters({ filter, onChange }: { filter: CatalogueFilter; onChange: (f: CatalogueFilter) => void }) {
  return (
    <fieldset className="card filters">
      <legend>Show</legend>
      <label className="field inline">
        Place
        <select value={filter.place} onChange={(e) => onChange({ ...filter, place: e.target.value as Place | 'all' })}>
          <option value="all">Anywhere</option>
          {Object.entries(PLACE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field inline">
        Kind
        <select
          value={filter.kind}
          onChange={(e) => onChange({ ...filter, kind: e.target.value as ExerciseKind | 'all' })}
        >
          <option value="all">Every kind</option>
          {Object.entries(KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.officeSafeOnly}
          onChange={(e) => onChange({ ...filter, officeSafeOnly: e.target.checked })}
        />
        Office-safe only (no floor, fine in work clothes)
      </label>
    </fieldset>
  )
}

export function RoutinesScreen() {
  const [state, setState] = useHomeState()
  const [filter, setFilter] = useState<CatalogueFilter>(NO_FILTER)
  const heading = (
    <h1 id="routines-title" tabIndex={-1}>
      Routines
    </h1>
  )
  if (!state)
    return (
      <section className="screen" aria-labelledby="routines-title">
        {heading}
        <p>Loading…</p>
      </section>
    )
  if (!state.firstRunDone) {
    return (
      <section className="screen" aria-labelledby="routines-title">
        {heading}
        <FirstRunQuestions onAnswered={setState} />
      </section>
    )
  }
  const stopped = state.gating.safetyStop
  const builtIns = BUILT_IN_ROUTINES.filter((r) => routineMatches(r, filter))
  const own = state.customRoutines.filter((r) => routineMatches(r, filter))
  const exercises = CATALOGUE.filter((e) => exerciseMatches(e, filter))
  const remove = async (id: string, name: string) => {
    if (window.confirm(`Delete "${name}"? This cannot be undone.`))
      setState(await limber().invoke('home:delete-routine', { id }))
  }
  return (
    <section className="screen" aria-labelledby="routines-title">
      {heading}
      {stopped && <SafetyStopCard verdict={state.safety.verdict} />}
      {!stopped && state.stoppedForToday && (
        <p className="card notice-warning" role="status">
          {state.stoppedForToday}
        </p>
      )}
      <SafetyLink />
      <Filters filter={filter} onChange={setFilter} />
      {!stopped && (
        <>
          <h2>Built-in routines</h2>
          {builtIns.length === 0 ? (
            <p>No built-in routine matches these filters.</p>
          ) : (
            <ul className="routine-list">
              {builtIns.map((r) => (
                <RoutineCard key={r.id} routine={r} state={state} />
              ))}
            </ul>
          )}
          <h2>Your routines</h2>
          <p>
            <a className="button" href={href('routine-edit', 'new')}>
              Make a routine
            </a>
          </p>
          {own.length === 0 ? (
            <p className="hint">
              No routines of your own{state.customRoutines.length > 0 ? ' match these filters' : ' yet'}.
            </p>
          ) : (
            <ul className="routine-list">
              {own.map((r) => (
                <RoutineCard key={r.id} routine={r} state={state}>
                  <a className="button" href={href('routine-edit', r.id)} aria-label={`Edit ${r.name}`}>
                    Edit
                  </a>
                  <button type="button" onClick={() => void remove(r.id, r.name)} aria-label={`Delete ${r.name}`}>
                    Delete
                  </button>
                </RoutineCard>
              ))}
            </ul>
          )}
        </>
      )}
      <h2>Exercises</h2>
      <ul className="exercise-list">
        {exercises.map((e) => {
          const why = shortBlockMessage(e, state.gating)
          return (
            <li key={e.id}>
              <a href={href('exercise', e.id)}>{e.name}</a>{' '}
              <span className="hint">
                {PLACE_LABELS[e.place]}, {KIND_LABELS[e.kind].toLowerCase()}
                {e.officeSafe ? ', office-safe' : ''}
                {why ? `. Not yet: ${why}` : ''}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
