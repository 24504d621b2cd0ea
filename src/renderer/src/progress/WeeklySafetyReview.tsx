// Once a week the check-in asks the warning-sign questions again: symptoms can change between visits.
import { WarningSignQuestions } from '../components/WarningSignQuestions'
import { useHomeState } from '../hooks/use-home-state'
import { limber } from '../api'
import { href } from '../router'

export function WeeklySafetyReview() {
  const [home, setHome] = useHomeState()
  if (!home || !home.firstRunDone || !home.safety.weeklyReviewDue) return null
  return (
    <section className="card weekly-safety" aria-labelledby="weekly-safety-title">
      <h2 id="weekly-safety-title">This week's safety questions</h2>
      <p className="hint">
        A week has passed since you last answered these. If anything has changed, the{' '}
        <a href={href('safety')}>Safety</a> screen says what to do.
      </p>
      <WarningSignQuestions
        initial={home.safety.signs}
        submitLabel="Save my answers"
        onSubmit={async (signs) =>
          setHome(await limber().invoke('home:answer-safety', { signs, context: 'weekly-check-in' }))
        }
      />
    </section>
  )
}
