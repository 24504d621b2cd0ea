// Today: how long you have been sitting, what to do about it, and (at home) today's programme.
import { statusLine } from '@shared/office-text'
import { OfficeActions } from '../components/OfficeActions'
import { SittingRing } from '../components/SittingRing'
import { useLiveValue } from '../hooks/use-channel'

export function TodayScreen() {
  const status = useLiveValue('office:get-status', 'office:status')
  return (
    <section className="screen" aria-labelledby="today-title">
      <h1 id="today-title" tabIndex={-1}>Today</h1>
      <section className="card office-card" aria-labelledby="office-title">
        <h2 id="office-title">At the desk</h2>
        {status ? (
          <div className="office-status">
            <SittingRing progress={status.progress} label={`${Math.round(status.progress * 100)}% of your ${status.sitLimitMinutes}-minute sitting limit`} />
            <div>
              <p className="status-line" aria-live="polite">{statusLine(status)}</p>
              <p className="hint">Limber reminds you to stand up every {status.sitLimitMinutes} minutes.</p>
              <OfficeActions status={status} />
            </div>
          </div>
        ) : (
          <p>Loading…</p>
        )}
      </section>
    </section>
  )
}
