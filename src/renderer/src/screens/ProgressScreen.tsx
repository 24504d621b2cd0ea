// Progress: every figure of the log for the last week, month or all time, as charts that each carry a
// text summary and their numbers, plus sharing with a physiotherapist.
import { useEffect, useState } from 'react'
import { formatDay } from '@shared/day-format'
import type { ProgressFiguresResult, ProgressRange } from '@shared/progress-channels'
import { limber } from '../api'
import { BreaksChart } from '../progress/BreaksChart'
import { PainChart } from '../progress/PainChart'
import { PsfsChart } from '../progress/PsfsChart'
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
            {figures.range.days === 1 ? 'day' : 'days'}). Progress is often slow: some people feel better in two weeks,
            others take three months.
          </p>
          <PainChart figures={figures} />
          <PsfsChart figures={figures} />
          <SymptomChart figures={figures} />
          <RoutineSummary figures={figures} />
          <SittingChart figures={figures} />
          <BreaksChart figures={figures} />
          <WalkingChart figures={figures} />
          <ShareProgress today={figures.range.to} />
        </>
      )}
    </section>
  )
}
