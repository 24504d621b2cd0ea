// Minutes sat per day (or a day's average per week or month), with the longest bout as a dot.
import { formatDay } from '@shared/day-format'
import type { ProgressFigures } from '@shared/progress-stats'
import { BarChart } from './BarChart'
import { ChartFigure, ChartLegend } from './ChartFigure'
import { formatMinutes, groupDays, groupingFor, sum } from './chart-scale'

const time = (t: string): string => t.slice(11, 16)

export function SittingChart({ figures }: { figures: ProgressFigures }) {
  const grouping = groupingFor(figures.range.days)
  const groups = groupDays(figures.sitting.days, grouping).map((g) => {
    const sat = g.items.filter((d) => d.bouts > 0)
    return {
      label: g.label,
      minutes:
        sat.length === 0 ? 0 : Math.round(sum(sat.map((d) => d.minutes)) / (grouping === 'day' ? 1 : sat.length)),
      bouts: sum(g.items.map((d) => d.bouts)),
      longest: Math.max(0, ...g.items.map((d) => d.longestMinutes))
    }
  })
  const days = figures.sitting.days.filter((d) => d.bouts > 0)
  const longest = figures.sitting.longest
  const summary =
    days.length === 0
      ? 'No sitting recorded in this period. Limber records sitting while it runs at your desk.'
      : `${figures.sitting.totalBouts} sitting bouts on ${days.length} ${days.length === 1 ? 'day' : 'days'}, ` +
        `${formatMinutes(sum(days.map((d) => d.minutes)) / days.length)} a day on average.` +
        (longest
          ? ` Longest bout: ${formatMinutes(longest.minutes)} on ${formatDay(longest.start.slice(0, 10))} (${time(longest.start)} to ${time(longest.end)}).`
          : '')
  const per = grouping === 'day' ? 'Minutes sat' : 'Minutes sat a day (average)'
  return (
    <ChartFigure
      title="Sitting"
      summary={summary}
      legend={
        <ChartLegend
          items={[
            { name: per, className: 'series-1' },
            { name: 'Longest bout', className: 'series-dot-key' }
          ]}
        />
      }
      table={{
        caption: `Sitting per ${grouping}`,
        columns: [grouping === 'day' ? 'Day' : 'Period', per, 'Bouts', 'Longest bout (min)'],
        rows: groups.map((g) => [g.label, g.minutes, g.bouts, g.longest])
      }}
    >
      {({ titleId, summaryId }) => (
        <BarChart
          titleId={titleId}
          summaryId={summaryId}
          unit="min"
          series={[{ name: per, className: 'series-1' }]}
          groups={groups.map((g) => ({ label: g.label, values: [g.minutes], dot: g.longest }))}
        />
      )}
    </ChartFigure>
  )
}
