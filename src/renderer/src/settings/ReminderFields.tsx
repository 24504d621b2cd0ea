// The reminder settings' fields the welcome's reminder step and Settings share (a number with its
// message and hint, the work-hours switch, the work days), so both look, read and report errors alike.

export const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** The ids a field's message and hint get, from the field's own id. */
const errorIdOf = (id: string) => `${id}-error`
const hintIdOf = (id: string) => `${id}-hint`

function FieldMessage({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={errorIdOf(id)} className="field-error">
      {error}
    </p>
  ) : null
}

/** A whole number of minutes (or snoozes); an emptied field holds NaN and shows empty. */
export function NumberField(props: {
  id: string
  label: string
  value: number
  onChange: (value: number) => void
  error: string | undefined
  hint?: string
}) {
  const { id, error, hint } = props
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        value={Number.isFinite(props.value) ? props.value : ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? errorIdOf(id) : '', hint ? hintIdOf(id) : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => props.onChange(e.target.valueAsNumber)}
      />
      <FieldMessage id={id} error={error} />
      {hint && <small id={hintIdOf(id)}>{hint}</small>}
    </div>
  )
}

/** Whether reminders keep to work hours, and what off means. */
export function WorkHoursSwitch({ enabled, onChange }: { enabled: boolean; onChange: (enabled: boolean) => void }) {
  return (
    <>
      <label className="check">
        <input type="checkbox" checked={enabled} onChange={(e) => onChange(e.target.checked)} />
        <span>Only remind me during work hours</span>
      </label>
      {!enabled && <small>Off: Limber reminds you at any hour while the computer is in use.</small>}
    </>
  )
}

/** The work days, Sunday = 0, kept sorted. */
export function WorkDaysField(props: {
  id: string
  days: readonly number[]
  onChange: (days: number[]) => void
  error: string | undefined
  disabled?: boolean
}) {
  const { id, days, error } = props
  return (
    <>
      <fieldset
        className="days"
        disabled={props.disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorIdOf(id) : undefined}
      >
        <legend>Work days</legend>
        {DAYS.map((day, i) => (
          <label key={day} className="check day">
            <input
              type="checkbox"
              aria-label={DAY_NAMES[i]}
              aria-invalid={i === 0 && error ? true : undefined}
              checked={days.includes(i)}
              onChange={(e) => props.onChange(e.target.checked ? [...days, i].sort() : days.filter((d) => d !== i))}
            />
            <span aria-hidden="true">{day}</span>
          </label>
        ))}
      </fieldset>
      <FieldMessage id={id} error={error} />
    </>
  )
}
