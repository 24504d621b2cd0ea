// Sharing a date range: a PDF report for a physiotherapist, or the raw entries as CSV or JSON, each
// saved where the user chooses in the native save dialog.
import { useState } from 'react'
import { addDays } from '@shared/progress-stats'
import type { SavedFileResult } from '@shared/progress-channels'
import { limber } from '../api'
import { ActionOutcome } from '../components/FormMessages'

type Action = 'report' | 'csv' | 'json'

export function ShareProgress({ today }: { today: string }) {
  const [from, setFrom] = useState(addDays(today, -29))
  const [to, setTo] = useState(today)
  const [busy, setBusy] = useState<Action | null>(null)
  const [message, setMessage] = useState('')
  const [error, setError] = useState('')

  const run = async (action: Action) => {
    setMessage('')
    setError('')
    if (!from || !to) {
      setError('Choose both days of the period first.')
      return
    }
    setBusy(action)
    try {
      const result: SavedFileResult =
        action === 'report'
          ? await limber().invoke('progress:save-report', { from, to })
          : await limber().invoke('progress:export', { from, to, format: action })
      if (!result.saved) setMessage('Nothing saved.')
      else if (action === 'report') setMessage(`Report saved to ${result.path}.`)
      else setMessage(`${result.entries} ${result.entries === 1 ? 'entry' : 'entries'} saved to ${result.path}.`)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(null)
    }
  }

  return (
    <section className="card" aria-labelledby="share-title">
      <h2 id="share-title">Share with your physiotherapist</h2>
      <p className="hint">
        The report is one or two pages: pain and activity trends, how often you did your routines and breaks, what
        helped, what hurt, and any warning signs you reported. Exports hold every entry of the period.
      </p>
      <div className="range-row">
        <label className="field inline">
          <span>From</span>
          <input type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="field inline">
          <span>To</span>
          <input type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      <div className="button-row">
        <button type="button" className="primary" disabled={busy !== null} onClick={() => void run('report')}>
          Save report as PDF
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void run('csv')}>
          Export CSV
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void run('json')}>
          Export JSON
        </button>
      </div>
      <ActionOutcome busyText={busy ? 'Saving…' : null} message={message} error={error} />
    </section>
  )
}
