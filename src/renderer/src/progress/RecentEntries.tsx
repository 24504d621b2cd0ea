// "Recent entries": the latest check-ins, walks and exercise ratings, each with Correct and Withdraw.
// Nothing is edited in place: main appends a correction naming the entry, and the figures follow it.
import { useEffect, useId, useRef, useState } from 'react'
import { formatDay } from '@shared/day-format'
import type { RecentEntry } from '@shared/progress-channels'
import type { CorrectionChange, ExerciseFeedback } from '@shared/progress-events'
import { limber } from '../api'

const time = (t: string): string => `${formatDay(t.slice(0, 10))}, ${t.slice(11, 16)}`
const FEEDBACK_WORDS: Record<ExerciseFeedback, string> = { fine: 'fine', sore: 'sore', sharp: 'sharp' }

function describe(entry: RecentEntry): string {
  if (entry.type === 'check-in')
    return `Check-in: back pain ${entry.answers.backPain}, leg pain ${entry.answers.legPain}, walking ${entry.answers.walkingMinutes} min`
  if (entry.type === 'walk') return `Walk: ${entry.minutes} min`
  return `${entry.exerciseName}: rated ${FEEDBACK_WORDS[entry.feedback]}`
}

function CorrectForm({
  entry,
  onSave,
  onCancel
}: {
  entry: RecentEntry
  onSave: (change: CorrectionChange) => void
  onCancel: () => void
}) {
  const formId = useId()
  const first = useRef<HTMLInputElement & HTMLSelectElement>(null)
  const [minutes, setMinutes] = useState(entry.type === 'walk' ? String(entry.minutes) : '')
  const [feedback, setFeedback] = useState<ExerciseFeedback>(
    entry.type === 'exercise-completed' ? entry.feedback : 'fine'
  )
  const [back, setBack] = useState(entry.type === 'check-in' ? String(entry.answers.backPain) : '0')
  const [leg, setLeg] = useState(entry.type === 'check-in' ? String(entry.answers.legPain) : '0')
  const [walking, setWalking] = useState(entry.type === 'check-in' ? String(entry.answers.walkingMinutes) : '0')
  const [error, setError] = useState('')
  useEffect(() => first.current?.focus(), [])

  const submit = (): void => {
    const whole = (text: string, max: number): number | null => {
      const n = Number(text)
      return text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= max ? n : null
    }
    if (entry.type === 'walk') {
      const m = whole(minutes, 1440)
      if (m === null || m < 1) return setError('Enter the minutes walked, a whole number from 1 to 1440.')
      return onSave({ kind: 'walk', minutes: m })
    }
    if (entry.type === 'exercise-completed') return onSave({ kind: 'feedback', feedback })
    const b = whole(back, 10)
    const l = whole(leg, 10)
    const w = whole(walking, 1440)
    if (b === null || l === null) return setError('Pain scores are whole numbers from 0 to 10.')
    if (w === null) return setError('Enter the minutes walked that day, a whole number from 0 to 1440.')
    onSave({ kind: 'check-in', answers: { ...entry.answers, backPain: b, legPain: l, walkingMinutes: w } })
  }

  return (
    <form
      className="correct-form"
      aria-labelledby={`${formId}-title`}
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <p id={`${formId}-title`}>Correct: {describe(entry)}</p>
      {entry.type === 'walk' && (
        <label>
          Minutes walked
          <input
            ref={first}
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            aria-invalid={error !== ''}
          />
        </label>
      )}
      {entry.type === 'exercise-completed' && (
        <label>
          How it felt
          <select ref={first} value={feedback} onChange={(e) => setFeedback(e.target.value as ExerciseFeedback)}>
            <option value="fine">Fine</option>
            <option value="sore">Sore</option>
            <option value="sharp">Sharp</option>
          </select>
        </label>
      )}
      {entry.type === 'check-in' && (
        <>
          <label>
            Back pain (0 to 10)
            <input
              ref={first}
              type="number"
              inputMode="numeric"
              min={0}
              max={10}
              value={back}
              onChange={(e) => setBack(e.target.value)}
              aria-invalid={error !== ''}
            />
          </label>
          <label>
            Leg pain (0 to 10)
            <input
              type="number"
              inputMode="numeric"
              min={0}
              max={10}
              value={leg}
              onChange={(e) => setLeg(e.target.value)}
              aria-invalid={error !== ''}
            />
          </label>
          <label>
            Minutes walked that day
            <input
              type="number"
              inputMode="numeric"
              min={0}
              max={1440}
              value={walking}
              onChange={(e) => setWalking(e.target.value)}
              aria-invalid={error !== ''}
            />
          </label>
        </>
      )}
      {error && (
        <p role="alert" className="errors">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit">Save correction</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

export function RecentEntries() {
  const [entries, setEntries] = useState<RecentEntry[] | null>(null)
  const [editing, setEditing] = useState<string | null>(null)
  const [message, setMessage] = useState('')
  const [error, setError] = useState('')

  useEffect(() => {
    let live = true
    const load = () =>
      limber()
        .invoke('progress:recent-entries', undefined)
        .then(
          (next) => live && setEntries(next),
          (e: unknown) => live && setError(e instanceof Error ? e.message : String(e))
        )
    void load()
    const off = limber().on('progress:changed', () => void load())
    return () => {
      live = false
      off()
    }
  }, [])

  const send = (entry: RecentEntry, change: CorrectionChange, done: string): void => {
    setError('')
    limber()
      .invoke('progress:correct-entry', { id: entry.id, type: entry.type, change })
      .then(
        () => {
          setEditing(null)
          setMessage(done)
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e))
      )
  }

  if (entries === null || (entries.length === 0 && !message)) return null
  return (
    <section className="card recent-entries" aria-labelledby="recent-entries-title">
      <h2 id="recent-entries-title">Recent entries</h2>
      <p className="hint">
        Entered something by mistake? Correct it or withdraw it here. Your log keeps the original and notes the change;
        every figure uses the corrected value.
      </p>
      <p role="status" className="hint">
        {message}
      </p>
      {error && (
        <p role="alert" className="errors">
          {error}
        </p>
      )}
      <ul className="entry-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            {editing === entry.id ? (
              <CorrectForm
                entry={entry}
                onCancel={() => setEditing(null)}
                onSave={(change) =>
                  send(entry, change, `Corrected: ${describe(entry).split(':')[0]} of ${time(entry.t)}.`)
                }
              />
            ) : (
              <>
                <span>
                  <span className="entry-time">{time(entry.t)}</span> {describe(entry)}
                  {entry.corrected && <span className="hint"> (corrected)</span>}
                </span>
                <span className="button-row">
                  <button
                    type="button"
                    onClick={() => setEditing(entry.id)}
                    aria-label={`Correct ${describe(entry)}, ${time(entry.t)}`}
                  >
                    Correct
                  </button>
                  <button
                    type="button"
                    onClick={() =>
                      send(entry, { kind: 'withdraw' }, `Withdrawn: ${describe(entry)} (${time(entry.t)}).`)
                    }
                    aria-label={`Withdraw ${describe(entry)}, ${time(entry.t)}`}
                  >
                    Withdraw
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
