// Flare mode's advice: ice before heat, halved doses, and the movements to avoid until it settles.
import { FLARE_MODE_ADVICE } from '@shared/content/gating'

export function FlareAdvice({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <div className="flare-advice">
      <p className="flare-ice">
        <strong>{FLARE_MODE_ADVICE.iceHeat}</strong> {FLARE_MODE_ADVICE.dosesNote}
      </p>
      <Heading>{FLARE_MODE_ADVICE.avoidTitle}</Heading>
      <ul>
        {FLARE_MODE_ADVICE.avoid.map((a) => (
          <li key={a.id}>
            <strong>{a.name}</strong>: {a.why}
          </li>
        ))}
      </ul>
    </div>
  )
}
