// The way back after a safety stop: the steps, then two confirmations before exercise advice returns.
import { useState, type FormEvent } from 'react'
import { RESUME_STEPS, resumeStepsFor, type SafetyVerdict } from '@shared/content/warning-signs'
import type { HomeState } from '@shared/home/home-state'
import { limber } from '../api'

export function ResumeForm({ onState, verdict }: { onState: (s: HomeState) => void; verdict?: SafetyVerdict }) {
  const [cleared, setCleared] = useState(false)
  const [confirmed, setConfirmed] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const result = await limber().invoke('home:resume-exercise', {
      professionalCleared: cleared,
      userConfirmed: confirmed
    })
    setMessage(result.message)
    onState(result.state)
  }
  return (
    <section className="card" aria-labelledby="resume-title">
      <h2 id="resume-title">How to switch exercise advice back on</h2>
      <ol>
        {(verdict ? resumeStepsFor(verdict) : RESUME_STEPS).map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <form onSubmit={submit}>
        <label className="check">
          <input type="checkbox" checked={cleared} onChange={(e) => setCleared(e.target.checked)} />A doctor or
          physiotherapist has checked me and cleared me to exercise
        </label>
        <label className="check">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />I have read the
          steps above and want exercise advice back on
        </label>
        <div className="button-row">
          <button type="submit">Switch exercise advice back on</button>
        </div>
        {message && <p role="status">{message}</p>}
      </form>
    </section>
  )
}
