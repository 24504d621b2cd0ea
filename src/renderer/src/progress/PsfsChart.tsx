// The activities the user finds hard (Patient-Specific Functional Scale), each rated 0-10 over time;
// 2 points is a change that matters.
import { formatDay } from '@shared/day-format'
import { dayNumber, type ProgressFigures, type PsfsActivity } from '@shared/progress-stats'
import { ChartFigure, ChartLegend } from './ChartFigure'
import { scoreAxes } from './chart-scale'
import { LineChart } from './LineChart'

const SERIES = ['series-1', 'series-2', 'series-3']

export function describeActivity(a: PsfsActivity): string {
  const first = a.points[0]
  const last = a.points[a.points.length - 1]
  if (!first || !last || !a.change) return `${a.activity}: not rated`
  const d = a.change.delta
  const how =
    d === 0
      ? 'the same as when you first rated it'
      : `${Math.abs(d)} ${Math.abs(d) === 1 ? 'point' : 'points'} ${d > 0 ? 'better' : 'worse'} than when you first rated it${a.change.meaningful ? ', a change that matters' : ''}`
  return `${a.activity}: ${last.score} out of 10 now, ${how}`
}

export function PsfsChart({ figures }: { figures: ProgressFigures }) {
  const activities = figures.psfs
  const summary =
    activities.length === 0
      ? 'No activities rated in this period. Name up to three things you find hard in your check-in.'
      : activities.map(describeActivity).join('. ') + '.'
  return (
    <ChartFigure
      title="Activities you find hard"
      summary={summary}
      legend={
        <ChartLegend items={activities.map((a, i) => ({ name: a.activity, className: SERIES[i % SERIES.length]! }))} />
      }
      table={{
        caption: 'How well you can do each activity, 0 (unable) to 10 (as before the problem)',
        columns: ['Day', 'Activity', 'Score'],
        rows: activities.flatMap((a) => a.points.map((p) => [formatDay(p.day), a.activity, p.score]))
      }}
    >
      {({ titleId, summaryId }) => (
        <LineChart
          titleId={titleId}
          summaryId={summaryId}
          {...scoreAxes(figures.range)}
          series={activities.map((a, i) => ({
            name: a.activity,
            className: SERIES[i % SERIES.length]!,
            points: a.points.map((p) => ({ x: dayNumber(p.day), y: p.score }))
          }))}
        />
      )}
    </ChartFigure>
  )
}
