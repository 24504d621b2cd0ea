// Every tray action as buttons, for desktops without a tray (GNOME) and for keyboard users.
import type { OfficeStatus, UserAction } from '@shared/office-status'
import { limber } from '../api'

export function OfficeActions({ status }: { status: OfficeStatus }) {
  const act = (action: UserAction) => void limber().invoke('office:act', action)
  const paused = status.phase === 'paused'
  const meeting = status.phase === 'meeting'
  return (
    <div className="office-actions">
      <div className="button-row">
        <button type="button" className="primary" disabled={paused} onClick={() => act({ type: 'break-now' })}>
          Take a break now
        </button>
        {meeting ? (
          <button type="button" onClick={() => act({ type: 'end-meeting' })}>
            Meeting is over
          </button>
        ) : (
          <button type="button" disabled={paused} onClick={() => act({ type: 'meeting' })}>
            In a meeting
          </button>
        )}
        {paused && (
          <button type="button" onClick={() => act({ type: 'resume' })}>
            Resume reminders
          </button>
        )}
      </div>
      {!paused && (
        <fieldset className="button-row pause-row">
          <legend>Pause reminders</legend>
          <button type="button" onClick={() => act({ type: 'pause', minutes: 30 })}>
            30 min
          </button>
          <button type="button" onClick={() => act({ type: 'pause', minutes: 60 })}>
            1 hour
          </button>
          <button type="button" onClick={() => act({ type: 'pause', minutes: 120 })}>
            2 hours
          </button>
          <button type="button" onClick={() => act({ type: 'pause-until-tomorrow' })}>
            Until tomorrow
          </button>
        </fieldset>
      )}
    </div>
  )
}
