// Daily habits: small things through the day that protect the low back.
import { DAILY_HABITS } from '@shared/content/tips'
import { SafetyLink } from '../components/SafetyLink'

export function HabitsScreen() {
  return (
    <section className="screen" aria-labelledby="habits-title">
      <h1 id="habits-title" tabIndex={-1}>
        Daily habits
      </h1>
      <SafetyLink />
      <ul className="habit-list">
        {DAILY_HABITS.map((h) => (
          <li key={h.id} className="card">
            <h2>{h.title}</h2>
            <p>{h.text}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
