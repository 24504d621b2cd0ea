// The physiotherapist report, laid out for one or two printed A4 pages: period, warning signs, pain and
// function trends, symptom location, adherence, what helped and what hurt.
import { formatDay } from '@shared/day-format'
import type { ProgressReport } from '@shared/progress-report'
import { dayNumber, type ScoreChange } from '@shared/progress-stats'
import { ChartLegend } from '../progress/ChartFigure'
import { LineChart } from '../progress/LineChart'
import { percent } from '../progress/chart-scale'
import { SYMPTOM_LABELS } from '../progress/symptom-labels'

function changeText(change: ScoreChange | null, lowerIsBetter: boolean): string {
  if (change === null) return 'not enough check-ins to compare'
  const n = Math.abs(change.delta)
  if (change.direction === 'same') return 'no change'
  const way = change.direction === 'better' ? 'better' : 'worse'
  const sign = lowerIsBetter ? (change.delta < 0 ? '−' : '+') : change.delta > 0 ? '+' : '−'
  return `${sign}${n} (${way}${change.meaningful ? ', a change that matters' : ', below the change that matters'})`
}

const share = (part: number, whole: number): string => (whole === 0 ? '' : ` (${percent(part / whole)})`)

export function ReportPage({ report }: { report: ProgressReport }) {
  const { pain, adherence, range } = report
  const series = pain.series
  const first = series[0]
  const last = series[series.length - 1]
  const xDomain = [first ? dayNumber(first.day) : 0, last ? dayNumber(last.day) : 1] as const
  const trend = report.symptoms.trend
  return (
    <main className="report">
      <header>
        <h1>Limber progress report</h1>
        <p className="report-range">
          Period: <strong>{formatDay(range.from)}</strong> to <strong>{formatDay(range.to)}</strong> ({range.days} days,{' '}
          {report.checkIns} check-ins). Made on {formatDay(report.generatedOn)}.
        </p>
        <p className="report-note">
          From the person&apos;s own entries in Limber, a self-care app for sciatica. Pain and activity scores are 0 to
          10. The smallest change that matters to a person: for pain, 2 points or 30 %; for an activity score, 2 points.
          Limber is not a medical device.
        </p>
      </header>

      <section aria-labelledby="r-warning">
        <h2 id="r-warning">Warning signs</h2>
        {report.warningSigns.length === 0 ? (
          <p>No warning signs reported in this period.</p>
        ) : (
          <ul className="report-warnings">
            {report.warningSigns.map((w, i) => (
              <li key={i}>
                {formatDay(w.day)}: {w.signs.join('; ')}
              </li>
            ))}
          </ul>
        )}
        {report.latestSafetyAnswers && (
          <p className="report-small">
            Latest answers to the warning-sign questions ({formatDay(report.latestSafetyAnswers.day)}):{' '}
            {report.latestSafetyAnswers.signs.length === 0
              ? 'none reported'
              : report.latestSafetyAnswers.signs.join('; ')}
            .
          </p>
        )}
      </section>

      <section aria-labelledby="r-pain">
        <h2 id="r-pain">Pain trend</h2>
        {pain.firstInRange && pain.latest ? (
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">Pain (0-10)</th>
                <th scope="col">{formatDay(pain.firstInRange.day)}</th>
                <th scope="col">{formatDay(pain.latest.day)}</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Back</th>
                <td>{pain.firstInRange.back}</td>
                <td>{pain.latest.back}</td>
                <td>{changeText(pain.backChange, true)}</td>
              </tr>
              <tr>
                <th scope="row">Leg</th>
                <td>{pain.firstInRange.leg}</td>
                <td>{pain.latest.leg}</td>
                <td>{changeText(pain.legChange, true)}</td>
              </tr>
            </tbody>
          </table>
        ) : (
          <p>No check-ins in this period.</p>
        )}
        {pain.baseline && (
          <p className="report-small">
            First check-in ever: {formatDay(pain.baseline.day)}, back {pain.baseline.back}, leg {pain.baseline.leg}.
          </p>
        )}
        {series.length > 1 && (
          <figure className="report-chart">
            <ChartLegend
              items={[
                { name: 'Back pain', className: 'series-1' },
                { name: 'Leg pain', className: 'series-2' }
              ]}
            />
            <LineChart
              titleId="r-pain"
              summaryId="r-pain-caption"
              xDomain={xDomain}
              xLabels={[
                { x: xDomain[0], label: first?.label ?? '' },
                { x: xDomain[1], label: last?.label ?? '' }
              ]}
              yDomain={[0, 10]}
              yTicks={[0, 5, 10]}
              series={[
                {
                  name: 'Back pain',
                  className: 'series-1',
                  points: series.map((p) => ({ x: dayNumber(p.day), y: p.back }))
                },
                {
                  name: 'Leg pain',
                  className: 'series-2',
                  points: series.map((p) => ({ x: dayNumber(p.day), y: p.leg }))
                }
              ]}
            />
            <figcaption id="r-pain-caption" className="report-small">
              {pain.seriesUnit === 'week' ? 'Weekly averages of the check-ins.' : 'Each check-in.'}
            </figcaption>
          </figure>
        )}
      </section>

      <section aria-labelledby="r-function">
        <h2 id="r-function">Function: activities the person finds hard</h2>
        {report.function.length === 0 ? (
          <p>No activities rated in this period.</p>
        ) : (
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">Activity (0 unable, 10 as before)</th>
                <th scope="col">First</th>
                <th scope="col">Latest</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {report.function.map((a) => (
                <tr key={a.activity}>
                  <th scope="row">{a.activity}</th>
                  <td>{a.first}</td>
                  <td>{a.latest}</td>
                  <td>{changeText(a.change, false)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p>
          Symptom location:{' '}
          {trend === 'not-enough-data' || !report.symptoms.first || !report.symptoms.latest
            ? 'not enough check-ins to show a direction.'
            : `${trend === 'centralizing' ? 'centralizing' : trend === 'peripheralizing' ? 'moving further down the leg' : 'unchanged'} (furthest point ${SYMPTOM_LABELS[report.symptoms.first].toLowerCase()} at the start, ${SYMPTOM_LABELS[report.symptoms.latest].toLowerCase()} at the latest check-in).`}
        </p>
      </section>

      <section aria-labelledby="r-adherence">
        <h2 id="r-adherence">Adherence</h2>
        <ul>
          <li>
            Routines finished on {adherence.routineDays} of {adherence.daysInRange} days
            {share(adherence.routineDays, adherence.daysInRange)}; best streak so far (all time) {adherence.bestStreak}{' '}
            days.
          </li>
          <li>
            Breaks taken: {adherence.breaksTaken} of {adherence.breaksPrompted} prompted
            {share(adherence.breaksTaken, adherence.breaksPrompted)}.
          </li>
          <li>
            Walking: {adherence.walkingMinutes} minutes on {adherence.walkingDays} days.
          </li>
        </ul>
      </section>

      <section aria-labelledby="r-sitting">
        <h2 id="r-sitting">Sitting at the desk</h2>
        {report.sitting.bouts === 0 ? (
          <p>No sitting recorded in this period (Limber records it while it runs at the desk).</p>
        ) : (
          <ul>
            <li>
              Sitting bouts: {report.sitting.bouts} on {report.sitting.daysSat} days,{' '}
              {report.sitting.averageMinutesPerDaySat} minutes a day on average.
            </li>
            {report.sitting.longest && (
              <li>
                Longest bout: {report.sitting.longest.minutes} minutes on {formatDay(report.sitting.longest.day)} (
                {report.sitting.longest.from} to {report.sitting.longest.to}).
              </li>
            )}
            <li>
              Breaks: {report.sitting.breaksTaken} taken of {report.sitting.breaksPrompted} prompted
              {share(report.sitting.breaksTaken, report.sitting.breaksPrompted)}; stood up unprompted{' '}
              {report.sitting.tookOwnBreaks} times.
            </li>
          </ul>
        )}
        {report.skipReasons.length > 0 && (
          <>
            <h3>Reasons given for skipping a break</h3>
            <ul>
              {report.skipReasons.map((r) => (
                <li key={r.reason}>
                  {r.reason}: {r.count} {r.count === 1 ? 'time' : 'times'}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="r-feedback" className="report-columns">
        <h2 id="r-feedback">Exercise feedback</h2>
        <div>
          <h3>Felt fine (never rated sharp)</h3>
          {report.helped.length === 0 ? (
            <p>No exercise was rated only fine or sore in this period.</p>
          ) : (
            <ul>
              {report.helped.slice(0, 8).map((x) => (
                <li key={x.name}>
                  {x.name}: fine {x.fine}, sore {x.sore}, sharp {x.sharp}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>Rated sharp at least once</h3>
          {report.hurt.length === 0 ? (
            <p>Nothing rated sharp in this period.</p>
          ) : (
            <ul>
              {report.hurt.slice(0, 8).map((x) => (
                <li key={x.name}>
                  {x.name}: sharp {x.sharp}, fine {x.fine}, sore {x.sore}
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
    </main>
  )
}
