// A 0-10 rating as eleven radio buttons: one Tab stop, arrow keys to choose, every number visible.
import { useId } from 'react'

export function ScoreScale({
  legend,
  low,
  high,
  value,
  onChange,
  errorId
}: {
  legend: string
  /** What 0 means ("no pain"), and what 10 means. */
  low: string
  high: string
  value: number | null
  onChange: (score: number) => void
  /** The id of this field's error message, when there is one. */
  errorId?: string | undefined
}) {
  const name = useId()
  const hintId = useId()
  return (
    <fieldset
      className="score-scale"
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
      aria-invalid={errorId ? true : undefined}
    >
      <legend>{legend}</legend>
      <p id={hintId} className="hint score-hint">
        0 = {low}, 10 = {high}
      </p>
      <div className="score-options">
        {Array.from({ length: 11 }, (_, score) => (
          <label key={score} className="score-option">
            <input type="radio" name={name} value={score} checked={value === score} onChange={() => onChange(score)} />
            <span>{score}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
