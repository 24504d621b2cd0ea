// Shown instead of exercise advice while a warning sign stops it: what to do now, and where to read more.
import type { SafetyVerdict } from '@shared/content/warning-signs'
import { href } from '../router'

export function SafetyStopCard({ verdict }: { verdict: SafetyVerdict }) {
  const emergency = verdict.level === 'emergency'
  return (
    <section
      className={`card stop-card ${emergency ? 'stop-emergency' : ''}`}
      aria-labelledby="stop-title"
      role="alert"
    >
      <h2 id="stop-title">{emergency ? 'Get emergency care now' : 'Exercise advice is paused'}</h2>
      <ul>
        {verdict.messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <p>
        <a href={href('safety')}>Safety: what to do and how to resume</a>
      </p>
    </section>
  )
}
