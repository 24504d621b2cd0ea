// After each exercise: one tap (or key 1, 2, 3) to say how it felt.
import { useEffect, useRef } from 'react'
import type { ExerciseFeedback } from '@shared/progress-events'
import { usePlayerKeys } from './use-player-keys'

const CHOICES: { rating: ExerciseFeedback; key: string; label: string; hint: string }[] = [
  { rating: 'fine', key: '1', label: 'Fine', hint: 'no pain, or just a gentle stretch' },
  { rating: 'sore', key: '2', label: 'Sore', hint: 'mild muscle soreness' },
  { rating: 'sharp', key: '3', label: 'Sharp', hint: 'sharp or shooting pain, or pain spreading down the leg' }
]

export function FeedbackPrompt({
  exerciseName,
  onRate
}: {
  exerciseName: string
  onRate: (r: ExerciseFeedback) => void
}) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  usePlayerKeys(Object.fromEntries(CHOICES.map((c) => [c.key, () => onRate(c.rating)])))
  return (
    <section className="card feedback" aria-labelledby="feedback-title">
      <h2 id="feedback-title" ref={headingRef} tabIndex={-1}>
        How did {exerciseName.toLowerCase()} feel?
      </h2>
      <div className="button-row feedback-choices">
        {CHOICES.map((c) => (
          <button
            key={c.rating}
            type="button"
            className={`feedback-${c.rating}`}
            onClick={() => onRate(c.rating)}
            aria-keyshortcuts={c.key}
          >
            <span>
              <strong>{c.label}</strong> <span className="key-badge">{c.key}</span>
              <small>{c.hint}</small>
            </span>
          </button>
        ))}
      </div>
    </section>
  )
}
