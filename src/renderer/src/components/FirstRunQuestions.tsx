// The first-run card: the warning-sign questions, asked before any routine or exercise advice.
import type { HomeState } from '@shared/home/home-state'
import { limber } from '../api'
import { WarningSignQuestions } from './WarningSignQuestions'

export function FirstRunQuestions({ onAnswered }: { onAnswered: (state: HomeState) => void }) {
  return (
    <section className="card first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Before you start: a few safety questions</h2>
      <p>
        Limber is not a medical device and cannot diagnose anything. These questions look for signs that need a doctor
        rather than exercise. Answer for how you are now.
      </p>
      <WarningSignQuestions
        submitLabel="Save my answers"
        onSubmit={async (signs) =>
          onAnswered(await limber().invoke('home:answer-safety', { signs, context: 'first-run' }))
        }
      />
    </section>
  )
}
