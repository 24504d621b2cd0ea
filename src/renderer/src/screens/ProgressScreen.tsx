// Progress: every figure of the log for the last week, month or all time, as charts that each carry a
// text summary and their numbers, plus sharing with a physiotherapist.
import { useEffect, useState } from 'react'
import { formatDay } from '@shared/day-format'
import type { ProgressFiguresResult, ProgressRange } from '@shared/progress-channels'
import type { ProgressFigures } from '@shared/progress-stats'
import { limber } from '../api'
import { BreaksChart } from '../progress/BreaksChart'
import { PainChart } from '../progress/PainChart'
import { PsfsChart } from '../progress/PsfsChart'
import { RecentEntries } from '../progress/RecentEntries'
import { RoutineSummary } from '../progress/RoutineSummary'
import { ShareProgress } from '../progress/ShareProgress'
import { SittingChart } from '../progress/SittingChart'
import { SymptomChart } from '../progress/SymptomChart'
import { WalkingChart } from '../progress/WalkingChart'

const RANGES: { range: ProgressRange; label: string }[] = [
  { range: 'week', label: 'Last 7 days' },
  { range: 'month', label: 'Last 30 days' },
  { range: 'all', label: 'All time' }
]

/** Nothing logged at all in the period: one friendly card rather than seven empty charts. */
function isEmpty(f: ProgressFigures): boolean {
  return (
    f.pain.points.length === 0 &&
    f.sitting.totalBouts === 0 &&
    f.breaks.totals.prompted === 0 &&
    f.breaks.totals.natural === 0 &&
    f.walking.totalMinutes === 0 &&
    f.adherence.routinesStarted === 0 &&
    f.adherence.routinesCompleted === 0 &&
    f.exercises.byExercise.length === 0
  )
}

function EmptyProgress({ allTime, onAllTime }: { allTime: boolean; onAllTime: () => void }) {
  return (
    <section className="card progress-empty" aria-labelledby="progress-empty-title">
      <h2 id="progress-empty-title">{allTime ? 'Your progress starts here' : 'Nothing logged in this period'}</h2>
      {allTime ? (
        <p>
          Limber fills this page as you go: sitting and breaks while it runs at your desk, routines and walks at home,
          and how you feel from your check-ins. A first check-in gives every later one something to compare with.
        </p>
      ) : (
        <p>Nothing was recorded in these days. Earlier entries are under All time.</p>
      )}
      <div className="button-row">
        <a className="button" href="#/checkin">
          Do a check-in
        </a>
        {!allTime && (
          <button type="button" onClick={onAllTime}>
            Show all time
          </button>
        )}
      </div>
    </section>
  )
}

export function ProgressScreen() {
  const [range, setRange] = useState<ProgressRange>('week')
  const [result, setResult] = useState<ProgressFiguresResult | null>(null)
  const [error, setError] = useState('')

  useEffect(() => {
    let live = true
    const load = () =>
      limber()
        .invoke('progress:figures', { range })
        .then(
          (next) => {
            if (!live) return
            setResult(next)
            setError('')
          },
          (e: unknown) => {
            if (live) setError(e instanceof Error ? e.message : String(e))
          }
        )
    void load()
    const off = limber().on('progress:changed', () => void load())
    return () => {
      live = false
      off()
    }
  }, [range])

  const figures = result?.figures
  return (
    <section className="screen progress" aria-labelledby="progress-title">
      <h1 id="progress-title" tabIndex={-1}>
        Progress
      </h1>
      <div className="range-switch" role="group" aria-label="Period">
        {RANGES.map((r) => (
          <button key={r.range} type="button" aria-pressed={range === r.range} onClick={() => setRange(r.range)}>
            {r.label}
          </button>
        ))}
      </div>
      {error && (
        <p role="alert" className="errors">
          {error}
        </p>
      )}
      {!figures ? (
        <p>Loading…</p>
      ) : (
        <>
          <p className="hint" aria-live="polite">
            {formatDay(figures.range.from)} to {formatDay(figures.range.to)} ({figures.range.days}{' '}
            {figures.range.days === 1 ? 'day' : 'days'}). Recovery has its own pace: for some it shows within a
            fortnight, for others it takes a season.
          </p>
          {isEmpty(figures) ? (
            <EmptyProgress allTime={range === 'all'} onAllTime={() => setRange('all')} />
          ) : (
            <>
              <PainChart figures={figures} />
              <PsfsChart figures={figures} />
              <SymptomChart figures={figures} />
              <RoutineSummary figures={figures} />
              <SittingChart figures={figures} />
              <BreaksChart figures={figures} />
              <WalkingChart figures={figures} />
            </>
          )}
          <RecentEntries />
          <ShareProgress today={figures.range.to} />
        </>
      )}
    </section>
  )
}
