// The weekly phase-marker question inside the check-in ("Could you walk for 15 minutes in comfort?"):
// asked once a week, its answer saved with the check-in, and a "not yet" holds the programme.
import { useId, useState } from 'react'
import type { PhaseMarkerId } from '@shared/content/programme'
import { useHomeState } from '../hooks/use-home-state'

export type MarkerAnswers = { id: PhaseMarkerId; met: boolean }[]

export function PhaseMarkerQuestions({ onChange }: { onChange: (answers: MarkerAnswers) => void }) {
  const [state] = useHomeState()
  const [answer, setAnswer] = useState<'yes' | 'not-yet' | null>(null)
  const name = useId()
  const question = state?.markerQuestion
  if (!question) return null
  const choose = (value: 'yes' | 'not-yet') => {
    setAnswer(value)
    onChange([{ id: question.id, met: value === 'yes' }])
  }
  return (
    <fieldset className="card phase-marker">
      <legend>This week in your programme</legend>
      <p className="hint">Asked once a week. Your answer helps decide when the next phase starts.</p>
      <p id={`${name}-q`}>{question.question}</p>
      <div role="radiogroup" aria-labelledby={`${name}-q`}>
        {(
          [
            ['yes', 'Yes'],
            ['not-yet', 'Not yet']
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="check">
            <input type="radio" name={name} checked={answer === value} onChange={() => choose(value)} />
            {label}
          </label>
        ))}
      </div>
      {answer === 'not-yet' && (
        <p className="hint" role="status">
          That is fine: the programme stays in this phase until it feels comfortable.
        </p>
      )}
    </fieldset>
  )
}
