// A simple drawing of the lower back and one leg with the part where symptoms reach, and everything
// above it, shaded. Decorative: the radio buttons beside it are the control.
import type { SymptomLocation } from '@shared/progress-events'
import { symptomRank } from './symptom-labels'

const PARTS: { location: Exclude<SymptomLocation, 'none'>; d: string }[] = [
  { location: 'back', d: 'M30 6h40v34H30z' },
  { location: 'buttock', d: 'M28 42h44v26c0 6-8 10-22 10S28 74 28 68z' },
  { location: 'thigh', d: 'M34 80h30l-3 62H39z' },
  { location: 'knee', d: 'M39 144h22v20H39z' },
  { location: 'calf', d: 'M40 166h20l-2 58H42z' },
  { location: 'foot', d: 'M42 226h16l18 12v8H42z' }
]

export function BodyMap({ furthest }: { furthest: SymptomLocation | null }) {
  const reach = furthest === null ? 0 : symptomRank(furthest)
  return (
    <svg className="body-map" viewBox="0 0 100 250" width="80" height="200" aria-hidden="true" focusable="false">
      {PARTS.map((part) => (
        <path
          key={part.location}
          d={part.d}
          className={symptomRank(part.location) <= reach && reach > 0 ? 'body-part reached' : 'body-part'}
        />
      ))}
    </svg>
  )
}
