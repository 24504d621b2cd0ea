// The welcome's baseline: a short first check-in (pain now and how far symptoms reach), saved as a real
// check-in so Progress can measure "since your first check-in". The full check-in adds the rest later.
import { useEffect, useId, useRef, useState } from 'react'
import { SYMPTOM_LOCATIONS, type SymptomLocation } from '@shared/progress-events'
import { limber } from '../api'
import { BodyMap } from '../progress/BodyMap'
import { ScoreScale } from '../progress/ScoreScale'
import { validateCheckIn, type FieldError } from '../progress/check-in-validation'
import { SYMPTOM_LABELS } from '../progress/symptom-labels'

export function BaselineCheckIn({ onSaved }: { onSaved: () => void }) {
  const [back, setBack] = useState<number | null>(null)
  const [leg, setLeg] = useState<number | null>(null)
  const [furthest, setFurthest] = useState<SymptomLocation | null>(null)
  const [refusals, setRefusals] = useState(0)
  const [saveError, setSaveError] = useState('')
  const summaryRef = useRef<HTMLDivElement>(null)
  const ids = useId()

  const draft = {
    back,
    leg,
    furthest,
    numb: false,
    numbWhere: '',
    stiffness: '0',
    walking: '0',
    activities: []
  }
  const result = validateCheckIn(draft)
  // Messages only after a refused save, and then they follow each answer.
  const errors: FieldError[] = refusals > 0 && !result.ok ? result.errors : []
  const errorFor = (field: string) => errors.find((e) => e.field === field)
  const errorId = (field: string) => (errorFor(field) ? `${ids}-${field}-error` : undefined)
  const fieldError = (field: string) => {
    const error = errorFor(field)
    return error ? (
      <p id={errorId(field)} className="field-error">
        {error.message}
      </p>
    ) : null
  }

  useEffect(() => {
    if (refusals > 0) summaryRef.current?.focus()
  }, [refusals])

  const save = async (e: React.FormEvent) => {
    e.preventDefault()
    if (!result.ok) {
      setRefusals((n) => n + 1)
      return
    }
    try {
      await limber().invoke('progress:save-check-in', result.answers)
      onSaved()
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <form className="welcome-form" onSubmit={(e) => void save(e)} noValidate aria-label="Your first check-in">
      <p>
        Three quick answers about how you are today. Limber compares later check-ins with this one, so you can see what
        changes.
      </p>
      {errors.length > 0 && (
        <div className="errors" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>Nothing was saved yet. Please check:</p>
          <ul>
            {errors.map((e) => (
              <li key={e.field}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="card">
        <ScoreScale
          legend="Back pain now"
          low="no pain"
          high="worst pain imaginable"
          value={back}
          onChange={setBack}
          errorId={errorId('back')}
        />
        {fieldError('back')}
        <ScoreScale
          legend="Leg pain now"
          low="no pain"
          high="worst pain imaginable"
          value={leg}
          onChange={setLeg}
          errorId={errorId('leg')}
        />
        {fieldError('leg')}
      </div>
      <div className="card furthest">
        <fieldset aria-describedby={errorId('furthest')} aria-invalid={errorFor('furthest') ? true : undefined}>
          <legend>How far do your symptoms reach?</legend>
          <p className="hint">The furthest point of pain, numbness or tingling.</p>
          <div className="furthest-layout">
            <div className="furthest-options">
              {SYMPTOM_LOCATIONS.map((location) => (
                <label key={location} className="check">
                  <input
                    type="radio"
                    name={`${ids}-furthest`}
                    checked={furthest === location}
                    onChange={() => setFurthest(location)}
                  />
                  <span>{SYMPTOM_LABELS[location]}</span>
                </label>
              ))}
            </div>
            <BodyMap furthest={furthest} />
          </div>
        </fieldset>
        {fieldError('furthest')}
      </div>
      {saveError && (
        <p role="alert" className="errors">
          {saveError}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary">
          Save and finish
        </button>
      </div>
    </form>
  )
}
