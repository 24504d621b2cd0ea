// Walking minutes per day, week or month (walks logged, or the check-in's "walking today").
import type { ProgressFigures } from '@shared/progress-stats'
import { BarChart } from './BarChart'
import { ChartFigure } from './ChartFigure'
import { formatMinutes, groupDays, groupingFor, sum } from './chart-scale'

export function WalkingChart({ figures }: { figures: ProgressFigures }) {
  const grouping = groupingFor(figures.range.days)
  const groups = groupDays(figures.walking.days, grouping).map((g) => ({
    label: g.label,
    minutes: sum(g.items.map((d) => d.minutes))
  }))
  const walkedDays = sum(figures.walking.days.map((d) => d.walkingDays))
  const summary =
    walkedDays === 0
      ? 'No walks recorded in this period. Log a walk on the Check-in screen.'
      : `Walked ${formatMinutes(figures.walking.totalMinutes)} in total, on ${walkedDays} of ${figures.range.days} days: ` +
        `${formatMinutes(figures.walking.totalMinutes / walkedDays)} on an average walking day.`
  return (
    <ChartFigure
      title="Walking"
      summary={summary}
      table={{
        caption: `Walking minutes per ${grouping}`,
        columns: [grouping === 'day' ? 'Day' : 'Period', 'Minutes walked'],
        rows: groups.map((g) => [g.label, g.minutes])
      }}
    >
      {({ titleId, summaryId }) => (
        <BarChart
          titleId={titleId}
          summaryId={summaryId}
          unit="min"
          series={[{ name: 'Minutes walked', className: 'series-2' }]}
          groups={groups.map((g) => ({ label: g.label, values: [g.minutes] }))}
        />
      )}
    </ChartFigure>
  )
}
