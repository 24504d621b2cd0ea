// The check-in questions the full check-in and the welcome's baseline share (pain now, how far symptoms
// reach, the summary of what a refused save still needs), so both ask in the same words and show the
// same messages from one validation.
import { useEffect, useRef, type ReactNode } from 'react'
import { SYMPTOM_LOCATIONS, type SymptomLocation } from '@shared/progress-events'
import { BodyMap } from './BodyMap'
import { ScoreScale } from './ScoreScale'
import type { FieldError } from './check-in-validation'
import { SYMPTOM_LABELS } from './symptom-labels'

/** A form's field messages: which field has one, the id that links it, and the message itself. */
export interface CheckInFieldErrors {
  errorFor(field: string): FieldError | undefined
  errorId(field: string): string | undefined
  fieldError(field: string): ReactNode
}

/** The field messages for `errors`, with ids made from the form's `idPrefix` (its useId()). */
export function checkInFieldErrors(errors: readonly FieldError[], idPrefix: string): CheckInFieldErrors {
  const errorFor = (field: string) => errors.find((e) => e.field === field)
  const errorId = (field: string) => (errorFor(field) ? `${idPrefix}-${field}-error` : undefined)
  const fieldError = (field: string) => {
    const error = errorFor(field)
    return error ? (
      <p id={errorId(field)} className="field-error">
        {error.message}
      </p>
    ) : null
  }
  return { errorFor, errorId, fieldError }
}

/**
 * What a refused save still needs. It takes focus on each refused save (`refusals` counts them), never
 * while the user is typing.
 */
export function RefusedSaveSummary({ errors, refusals }: { errors: readonly FieldError[]; refusals: number }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (refusals > 0) ref.current?.focus()
  }, [refusals])
  if (errors.length === 0) return null
  return (
    <div className="errors" role="alert" tabIndex={-1} ref={ref}>
      <p>Nothing was saved yet. Please check:</p>
      <ul>
        {errors.map((e) => (
          <li key={e.field}>{e.message}</li>
        ))}
      </ul>
    </div>
  )
}

/** Back pain and leg pain now, 0 to 10. */
export function PainQuestions(props: {
  back: number | null
  leg: number | null
  onBack: (value: number) => void
  onLeg: (value: number) => void
  errors: CheckInFieldErrors
}) {
  const { errorId, fieldError } = props.errors
  return (
    <>
      <ScoreScale
        legend="Back pain now"
        low="no pain"
        high="worst pain imaginable"
        value={props.back}
        onChange={props.onBack}
        errorId={errorId('back')}
      />
      {fieldError('back')}
      <ScoreScale
        legend="Leg pain now"
        low="no pain"
        high="worst pain imaginable"
        value={props.leg}
        onChange={props.onLeg}
        errorId={errorId('leg')}
      />
      {fieldError('leg')}
    </>
  )
}

/** How far symptoms reach, on a list and the body drawing; `lastTime` is the previous check-in's answer. */
export function FurthestPointQuestion(props: {
  value: SymptomLocation | null
  onChange: (location: SymptomLocation) => void
  /** the radio group's name, unique in the page */
  name: string
  lastTime?: SymptomLocation | null
  errors: CheckInFieldErrors
}) {
  const { errorFor, errorId, fieldError } = props.errors
  return (
    <>
      <fieldset aria-describedby={errorId('furthest')} aria-invalid={errorFor('furthest') ? true : undefined}>
        <legend>How far do your symptoms reach?</legend>
        <p className="hint">
          The furthest point of pain, numbness or tingling.
          {props.lastTime && ` Last time: ${SYMPTOM_LABELS[props.lastTime].toLowerCase()}.`}
        </p>
        <div className="furthest-layout">
          <div className="furthest-options">
            {SYMPTOM_LOCATIONS.map((location) => (
              <label key={location} className="check">
                <input
                  type="radio"
                  name={props.name}
                  checked={props.value === location}
                  onChange={() => props.onChange(location)}
                />
                <span>{SYMPTOM_LABELS[location]}</span>
              </label>
            ))}
          </div>
          <BodyMap furthest={props.value} />
        </div>
      </fieldset>
      {fieldError('furthest')}
    </>
  )
}
