// Breaks Limber asked for against breaks taken, per day, week or month.
import type { ProgressFigures } from '@shared/progress-stats'
import { BarChart } from './BarChart'
import { ChartFigure, ChartLegend } from './ChartFigure'
import { groupDays, groupingFor, percent, sum } from './chart-scale'

export function BreaksChart({ figures }: { figures: ProgressFigures }) {
  const grouping = groupingFor(figures.range.days)
  const groups = groupDays(figures.breaks.days, grouping).map((g) => ({
    label: g.label,
    prompted: sum(g.items.map((d) => d.prompted)),
    taken: sum(g.items.map((d) => d.taken)),
    snoozed: sum(g.items.map((d) => d.snoozed)),
    skipped: sum(g.items.map((d) => d.skipped)),
    natural: sum(g.items.map((d) => d.natural))
  }))
  const t = figures.breaks.totals
  const summary =
    t.prompted === 0 && t.natural === 0
      ? 'No breaks asked for in this period.'
      : `You took ${t.taken} of the ${t.prompted} breaks Limber asked for` +
        (t.prompted > 0 ? ` (${percent(t.taken / t.prompted)})` : '') +
        `, and stood up on your own ${t.natural} ${t.natural === 1 ? 'time' : 'times'}. ` +
        `Snoozed ${t.snoozed}, skipped ${t.skipped}, in a meeting ${t.meeting}.`
  const reasons = figures.breaks.skipReasons
  const footer =
    reasons.length === 0 ? null : (
      <div className="skip-reasons">
        <h3>Why breaks were skipped</h3>
        <ul>
          {reasons.slice(0, 8).map((r) => (
            <li key={r.reason}>
              {r.reason}: {r.count} {r.count === 1 ? 'time' : 'times'}
            </li>
          ))}
        </ul>
      </div>
    )
  return (
    <ChartFigure
      title="Breaks"
      summary={summary}
      footer={footer}
      legend={
        <ChartLegend
          items={[
            { name: 'Asked for', className: 'series-muted' },
            { name: 'Taken', className: 'series-1' }
          ]}
        />
      }
      table={{
        caption: `Breaks per ${grouping}`,
        columns: [grouping === 'day' ? 'Day' : 'Period', 'Asked for', 'Taken', 'Snoozed', 'Skipped', 'On your own'],
        rows: groups.map((g) => [g.label, g.prompted, g.taken, g.snoozed, g.skipped, g.natural])
      }}
    >
      {({ titleId, summaryId }) => (
        <BarChart
          titleId={titleId}
          summaryId={summaryId}
          unit="breaks"
          series={[
            { name: 'Asked for', className: 'series-muted' },
            { name: 'Taken', className: 'series-1' }
          ]}
          groups={groups.map((g) => ({ label: g.label, values: [g.prompted, g.taken] }))}
        />
      )}
    </ChartFigure>
  )
}
