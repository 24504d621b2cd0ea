// Logging a walk: minutes, saved as one walk entry.
import { useId, useState } from 'react'
import { limber } from '../api'

export function WalkLog({ onSaved }: { onSaved?: (minutes: number) => void }) {
  const [minutes, setMinutes] = useState('')
  const [message, setMessage] = useState('')
  const [error, setError] = useState('')
  const errorId = useId()

  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    setMessage('')
    const value = Number(minutes)
    if (!/^\d+$/.test(minutes.trim()) || value < 1 || value > 1440) {
      setError('Walk: enter whole minutes, from 1 to 1440.')
      return
    }
    try {
      await limber().invoke('progress:log-walk', { minutes: value })
      setError('')
      setMinutes('')
      setMessage(`Walk of ${value} min saved.`)
      onSaved?.(value)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }

  return (
    <form className="card" aria-labelledby="walk-title" onSubmit={(e) => void save(e)} noValidate>
      <h2 id="walk-title">Log a walk</h2>
      <div className="range-row">
        <label className="field inline">
          <span>Minutes walked</span>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            value={minutes}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </label>
        <button type="submit">Save walk</button>
      </div>
      {error && (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      )}
      <p role="status" className="saved-message">
        {message}
      </p>
    </form>
  )
}
