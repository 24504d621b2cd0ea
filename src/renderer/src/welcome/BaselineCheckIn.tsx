// The welcome's baseline: a short first check-in (pain now and how far symptoms reach), saved as a real
// check-in so Progress can measure "since your first check-in". The full check-in adds the rest later.
import { useId, useState } from 'react'
import type { SymptomLocation } from '@shared/progress-events'
import { limber } from '../api'
import {
  checkInFieldErrors,
  FurthestPointQuestion,
  PainQuestions,
  RefusedSaveSummary
} from '../progress/CheckInQuestions'
import { validateCheckIn, type FieldError } from '../progress/check-in-validation'

export function BaselineCheckIn({ onSaved }: { onSaved: () => void }) {
  const [back, setBack] = useState<number | null>(null)
  const [leg, setLeg] = useState<number | null>(null)
  const [furthest, setFurthest] = useState<SymptomLocation | null>(null)
  const [refusals, setRefusals] = useState(0)
  const [saveError, setSaveError] = useState('')
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
  const fieldErrors = checkInFieldErrors(errors, ids)

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
      <RefusedSaveSummary errors={errors} refusals={refusals} />
      <div className="card">
        <PainQuestions back={back} leg={leg} onBack={setBack} onLeg={setLeg} errors={fieldErrors} />
      </div>
      <div className="card furthest">
        <FurthestPointQuestion value={furthest} onChange={setFurthest} name={`${ids}-furthest`} errors={fieldErrors} />
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
