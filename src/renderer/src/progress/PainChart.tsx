// Back and leg pain over time against the first check-in: the shaded band is a change too small to
// matter (under 2 points or 30 %); a ring marks the first reading that moved beyond it.
import { formatDay } from '@shared/day-format'
import { dayNumber, type ProgressFigures, type ScoreChange } from '@shared/progress-stats'
import { ChartFigure, ChartLegend } from './ChartFigure'
import { scoreAxes } from './chart-scale'
import { LineChart, type LinePoint } from './LineChart'

/** Half-width of the "no change that matters" band around a baseline score. */
export function painBand(baseline: number): number {
  return baseline > 0 ? Math.min(2, 0.3 * baseline) : 2
}

export function describePainChange(name: string, change: ScoreChange): string {
  const points = Math.abs(change.delta)
  const unit = points === 1 ? 'point' : 'points'
  if (change.direction === 'same') return `${name} is the same`
  const way = change.direction === 'better' ? 'lower' : 'higher'
  return change.meaningful
    ? `${name} is ${points} ${unit} ${way}, a change that matters`
    : `${name} is ${points} ${unit} ${way}, too small a change to matter yet`
}

function markFirstMeaningful(points: readonly { x: number; y: number; meaningful: boolean }[]): LinePoint[] {
  let marked = false
  return points.map((p) => {
    const mark = p.meaningful && !marked
    if (mark) marked = true
    return { x: p.x, y: p.y, marked: mark }
  })
}

export function PainChart({ figures }: { figures: ProgressFigures }) {
  const { points, baseline } = figures.pain
  const latest = points[points.length - 1]
  const summary =
    latest === undefined || baseline === null
      ? 'No check-ins in this period yet. A check-in takes under 30 seconds.'
      : `Latest (${formatDay(latest.day)}): back ${latest.back}, leg ${latest.leg} out of 10. ` +
        `Since your first check-in (${formatDay(baseline.t.slice(0, 10))}: back ${baseline.back}, leg ${baseline.leg}), ` +
        `${describePainChange('back pain', latest.backChange)}; ${describePainChange('leg pain', latest.legChange)}.`
  const changeText = (p: (typeof points)[number]): string =>
    [
      p.backChange.meaningful ? `back ${p.backChange.direction}` : '',
      p.legChange.meaningful ? `leg ${p.legChange.direction}` : ''
    ]
      .filter(Boolean)
      .join(', ') || 'no'
  return (
    <ChartFigure
      title="Pain"
      summary={summary}
      legend={
        <ChartLegend
          items={[
            { name: 'Back pain', className: 'series-1' },
            { name: 'Leg pain', className: 'series-2' },
            { name: 'First check-in', className: 'series-1', dashed: true }
          ]}
        />
      }
      note="The shaded band around your first check-in is a change too small to matter (under 2 points or 30 %). A ring marks the first reading of this period beyond it."
      table={{
        caption: 'Pain at each check-in, 0 (none) to 10 (worst imaginable)',
        columns: ['Day', 'Back', 'Leg', 'Change that matters'],
        rows: points.map((p) => [formatDay(p.day), p.back, p.leg, changeText(p)])
      }}
    >
      {({ titleId, summaryId }) => (
        <LineChart
          titleId={titleId}
          summaryId={summaryId}
          {...scoreAxes(figures.range)}
          bands={
            baseline
              ? [
                  {
                    from: baseline.back - painBand(baseline.back),
                    to: baseline.back + painBand(baseline.back),
                    className: 'series-1'
                  },
                  {
                    from: baseline.leg - painBand(baseline.leg),
                    to: baseline.leg + painBand(baseline.leg),
                    className: 'series-2'
                  }
                ]
              : []
          }
          references={
            baseline
              ? [
                  { y: baseline.back, className: 'series-1' },
                  { y: baseline.leg, className: 'series-2' }
                ]
              : []
          }
          series={[
            {
              name: 'Back pain',
              className: 'series-1',
              points: markFirstMeaningful(
                points.map((p) => ({ x: dayNumber(p.day), y: p.back, meaningful: p.backChange.meaningful }))
              )
            },
            {
              name: 'Leg pain',
              className: 'series-2',
              points: markFirstMeaningful(
                points.map((p) => ({ x: dayNumber(p.day), y: p.leg, meaningful: p.legChange.meaningful }))
              )
            }
          ]}
        />
      )}
    </ChartFigure>
  )
}
