// Minutes sat per day (or a day's average per week or month), with the longest bout as a dot.
import { formatDay } from '@shared/day-format'
import { addDays, dayNumber, type ProgressFigures } from '@shared/progress-stats'
import { BarChart } from './BarChart'
import { ChartFigure, ChartLegend } from './ChartFigure'
import { formatMinutes, groupDays, groupingFor, sum } from './chart-scale'

const time = (t: string): string => t.slice(11, 16)

export function SittingChart({ figures }: { figures: ProgressFigures }) {
  const grouping = groupingFor(figures.range.days)
  const byMonth = figures.granularity === 'month'
  const rows = figures.sitting.days
  // A month row covers its calendar days in the range: up to the next row, or the range's end.
  const daysIn = (i: number): number => {
    const row = rows[i]
    const next = rows[i + 1]
    if (row === undefined) return 1
    return dayNumber(next === undefined ? addDays(figures.range.to, 1) : next.day) - dayNumber(row.day)
  }
  const groups = groupDays(rows, grouping).map((g) => {
    const sat = g.items.filter((d) => d.bouts > 0)
    const calendarDays = byMonth ? sum(g.items.map((d) => daysIn(rows.indexOf(d)))) : sat.length
    return {
      label: g.label,
      minutes:
        sat.length === 0
          ? 0
          : Math.round(sum(sat.map((d) => d.minutes)) / (grouping === 'day' ? 1 : Math.max(1, calendarDays))),
      bouts: sum(g.items.map((d) => d.bouts)),
      longest: Math.max(0, ...g.items.map((d) => d.longestMinutes))
    }
  })
  const days = figures.sitting.days.filter((d) => d.bouts > 0)
  const longest = figures.sitting.longest
  const totalMinutes = sum(days.map((d) => d.minutes))
  const summary =
    days.length === 0
      ? 'No sitting recorded in this period. Limber records sitting while it runs at your desk.'
      : (byMonth
          ? `${figures.sitting.totalBouts} sitting bouts, ${formatMinutes(totalMinutes / figures.range.days)} a day on average over the period.`
          : `${figures.sitting.totalBouts} sitting bouts on ${days.length} ${days.length === 1 ? 'day' : 'days'}, ` +
            `${formatMinutes(totalMinutes / days.length)} a day on average.`) +
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
