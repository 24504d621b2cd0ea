// How far down the leg symptoms reach at each check-in. Moving up (toward the spine) is centralizing.
import { formatDay } from '@shared/day-format'
import { SYMPTOM_LOCATIONS } from '@shared/progress-events'
import { dayNumber, type ProgressFigures } from '@shared/progress-stats'
import { ChartFigure } from './ChartFigure'
import { LineChart } from './LineChart'
import { SYMPTOM_LABELS, symptomRank } from './symptom-labels'
import { axisDay } from './chart-scale'

const TOP = SYMPTOM_LOCATIONS.length - 1

export function symptomSummary(figures: ProgressFigures): string {
  const points = figures.symptomLocation.points
  const first = points[0]
  const last = points[points.length - 1]
  const name = (l: (typeof SYMPTOM_LOCATIONS)[number]): string => SYMPTOM_LABELS[l].toLowerCase()
  switch (figures.symptomLocation.trend) {
    case 'centralizing':
      return `Centralizing: your symptoms moved up from ${name(first!.location)} to ${name(last!.location)}, toward the spine. That is usually a good sign.`
    case 'peripheralizing':
      return `Moving down the leg: from ${name(first!.location)} to ${name(last!.location)}. If it keeps spreading, tell your physiotherapist.`
    case 'unchanged':
      return `Unchanged: ${name(last!.location)} at the first and the latest check-in of this period.`
    default:
      return points.length === 1
        ? `One check-in in this period (${name(last!.location)}); a direction shows after two.`
        : 'No check-ins in this period yet.'
  }
}

export function SymptomChart({ figures }: { figures: ProgressFigures }) {
  const points = figures.symptomLocation.points
  const xDomain = [dayNumber(figures.range.from), dayNumber(figures.range.to)] as const
  return (
    <ChartFigure
      title="How far symptoms reach"
      summary={symptomSummary(figures)}
      table={{
        caption: 'Furthest point of symptoms at each check-in',
        columns: ['Day', 'Furthest point'],
        rows: points.map((p) => [formatDay(p.day), SYMPTOM_LABELS[p.location]])
      }}
    >
      {({ titleId, summaryId }) => (
        <LineChart
          titleId={titleId}
          summaryId={summaryId}
          step
          xDomain={xDomain}
          xLabels={[
            { x: xDomain[0], label: axisDay(figures.range.from, figures.range) },
            { x: xDomain[1], label: axisDay(figures.range.to, figures.range) }
          ]}
          yDomain={[0, TOP]}
          yTicks={SYMPTOM_LOCATIONS.map((_, i) => i)}
          yLabel={(v) => SYMPTOM_LABELS[SYMPTOM_LOCATIONS[TOP - v] ?? 'none']}
          series={[
            {
              name: 'Furthest point',
              className: 'series-1',
              points: points.map((p) => ({ x: dayNumber(p.day), y: TOP - symptomRank(p.location) }))
            }
          ]}
        />
      )}
    </ChartFigure>
  )
}
