// How forms report back: a list of reasons nothing was saved, and the outcome line of an action.
interface ErrorListProps {
  title: string
  errors: readonly string[]
}

/** Reasons a form was not saved, announced at once (role="alert"); nothing when there are none. */
export function ErrorList({ title, errors }: ErrorListProps) {
  if (errors.length === 0) return null
  return (
    <div className="errors" role="alert">
      <p>{title}</p>
      <ul>
        {errors.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  )
}

interface ActionOutcomeProps {
  /** Shown while the action runs, e.g. "Saving…". */
  busyText: string | null
  message: string
  error: string
}

/** The running / done line of an action (a polite status), and its error if it failed (an alert). */
export function ActionOutcome({ busyText, message, error }: ActionOutcomeProps) {
  return (
    <>
      <p role="status" className="saved-message">
        {busyText ?? message}
      </p>
      {error && (
        <p role="alert" className="errors">
          {error}
        </p>
      )}
    </>
  )
}
